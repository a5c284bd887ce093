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

/* Parses `size` bytes with a reusable context; the steps are xmlCtxtReadMemory's own but
   for one. xmlCtxtReadMemory copies the bytes into a memory buffer whose read callback,
   though it has nothing more to give, is called at nearly every read near the end of
   the input: about a fifth of parsing a Tunduk-sized message. Here the callback is
   cleared, so libxml2 never tries to grow the buffer; only up to EAF_XML_UNGROWN_LIMIT,
   because libxml2 2.9 then holds the input to its look-ahead limits (a 17 MB document
   failed to parse in testing). (A static buffer over the caller's bytes would save the
   copy too, but 2.9 misparses namespaced end tags in one.) Returns NULL when the bytes
   are not well-formed; the errors went to the structured error handler. */
#define EAF_XML_UNGROWN_LIMIT (4 * 1024 * 1024)
static inline xmlDocPtr eaf_xml_read_bytes(xmlParserCtxtPtr ctxt, const char *bytes, int size,
                                           const char *url, int options) {
    if (ctxt == NULL || size < 0) return NULL;
    if (bytes == NULL) { bytes = ""; size = 0; }
    xmlCtxtReset(ctxt);
    xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(bytes, size, XML_CHAR_ENCODING_NONE);
    if (buffer == NULL) return NULL;
    if (size <= EAF_XML_UNGROWN_LIMIT) buffer->readcallback = NULL;
    xmlParserInputPtr input = xmlNewIOInputStream(ctxt, buffer, XML_CHAR_ENCODING_NONE);
    if (input == NULL) { xmlFreeParserInputBuffer(buffer); return NULL; }
    inputPush(ctxt, input);
    xmlCtxtUseOptions(ctxt, options);
    if (url != NULL && ctxt->input != NULL && ctxt->input->filename == NULL)
        ctxt->input->filename = (char *) xmlStrdup((const xmlChar *) url);
    xmlParseDocument(ctxt);
    /* Nothing may point into the caller's bytes once they are gone. */
    xmlParserInputPtr used;
    while ((used = inputPop(ctxt)) != NULL) xmlFreeInputStream(used);
    xmlDocPtr document = ctxt->myDoc;
    ctxt->myDoc = NULL;
    if (document != NULL && !ctxt->wellFormed) { xmlFreeDoc(document); document = NULL; }
    return document;
}

/* Validates `size` bytes against a compiled schema while parsing, without building a
   tree: libxml2's streaming validation. Returns 0 when the bytes are well-formed and
   valid; anything else means "look closer" (the caller parses and validates the tree
   to report each error at its element). */
static inline int eaf_xml_stream_validate(xmlSchemaValidCtxtPtr validation, const char *bytes, int size) {
    if (validation == NULL || size < 0) return -1;
    if (bytes == NULL) { bytes = ""; size = 0; }
    xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(bytes, size, XML_CHAR_ENCODING_NONE);
    if (buffer == NULL) return -1;
    if (size <= EAF_XML_UNGROWN_LIMIT) buffer->readcallback = NULL;
    /* The stream validator takes the buffer over and frees it. */
    int result = xmlSchemaValidateStream(validation, buffer, XML_CHAR_ENCODING_NONE, NULL, NULL);
    /* It also leaves the context's locator pointing at the parser context it has just
       freed; a later tree validation with this context would call it (found with
       valgrind: a use after free as soon as a message has an error). */
    xmlSchemaValidateSetLocator(validation, NULL, NULL);
    return result;
}
