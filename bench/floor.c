/*
 * The floor of eaf's YAML loading: libyaml's own event parser over the same files,
 * and nothing else. It walks the folder, reads each .yaml/.yml file into memory,
 * parses every event and frees it, on one thread. eaf validate cannot read YAML
 * faster than this; bench/run.sh reports every command as a multiple of it.
 *
 *   cc -O2 -o floor bench/floor.c -lyaml
 *   ./floor FOLDER            prints "files bytes events" to standard output
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static unsigned long files, bytes, events, failures;

static int has_suffix(const char *path, const char *suffix) {
    size_t length = strlen(path), wanted = strlen(suffix);
    return length >= wanted && strcmp(path + length - wanted, suffix) == 0;
}

static int visit(const char *path, const struct stat *status, int type, struct FTW *walk) {
    (void)walk;
    if (type != FTW_F || !(has_suffix(path, ".yaml") || has_suffix(path, ".yml"))) return 0;
    FILE *file = fopen(path, "rb");
    if (!file) return 0;
    size_t size = (size_t)status->st_size;
    unsigned char *buffer = malloc(size ? size : 1);
    size_t read = fread(buffer, 1, size, file);
    fclose(file);

    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buffer, read);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            failures++;
            break;
        }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(buffer);
    files++;
    bytes += read;
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 64;
    }
    if (nftw(argv[1], visit, 64, FTW_PHYS) != 0) {
        perror(argv[1]);
        return 2;
    }
    printf("%lu files, %lu bytes, %lu events, %lu not well-formed\n", files, bytes, events, failures);
    return 0;
}
