/* Debian builds libxml2 with ICU, whose headers clash with the copy of ICU that
   Foundation bundles. Nothing here touches ICU converters, and the only declaration
   that changes is the tail of xmlCharEncodingHandler, which eaf never allocates. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>
#include <libxml/xpath.h>
#include <libxml/xmlsave.h>
#include <libxml/parserInternals.h>

/* xmlFree is a global function pointer, which Swift 6 sees as shared mutable state. */
static inline void eaf_xml_free(void *pointer) { xmlFree(pointer); }
