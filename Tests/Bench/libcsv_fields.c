/*
 * Baseline for `haven-bench csv-fields`: the same field iteration with plain
 * libcsv, so the Swift layer's overhead can be read off directly.
 * Same parser options as HavenCSV's default: strict (CSV_STRICT |
 * CSV_STRICT_FINI) and spaces around unquoted fields kept.
 *
 *   cc -O2 -o libcsv_fields libcsv_fields.c -lcsv
 *   ./libcsv_fields FILE
 *
 * Prints: rows=… fields=… bytes=… seconds=… MB_per_s=…   (MB = 10^6 bytes)
 */
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define CHUNK_SIZE (1 << 20)

struct counts {
    unsigned long long rows;
    unsigned long long fields;
    unsigned long long field_bytes;
};

/* Summing lengths touches every field, as the Swift and Python versions do. */
static void on_field(void *data, size_t len, void *context) {
    struct counts *c = context;
    (void)data;
    c->fields++;
    c->field_bytes += len;
}

static void on_row(int terminator, void *context) {
    struct counts *c = context;
    (void)terminator;
    c->rows++;
}

/* libcsv trims spaces and tabs around unquoted fields unless told otherwise. */
static int never_space(unsigned char c) {
    (void)c;
    return 0;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "%s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    unsigned char *buffer = malloc(CHUNK_SIZE);
    if (buffer == NULL) {
        fprintf(stderr, "out of memory\n");
        close(fd);
        return 1;
    }
    struct csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        fprintf(stderr, "csv_init failed\n");
        free(buffer);
        close(fd);
        return 1;
    }
    csv_set_space_func(&parser, never_space);

    struct counts counts = {0, 0, 0};
    unsigned long long total = 0;
    int status = 0;
    double start = now_seconds();
    for (;;) {
        ssize_t n = read(fd, buffer, CHUNK_SIZE);
        if (n < 0) {
            if (errno == EINTR) continue;
            fprintf(stderr, "%s: %s\n", argv[1], strerror(errno));
            status = 1;
            break;
        }
        if (n == 0) break;
        size_t parsed = csv_parse(&parser, buffer, (size_t)n, on_field, on_row, &counts);
        if (parsed != (size_t)n) {
            fprintf(stderr, "%s: byte %llu: %s\n", argv[1], total + parsed,
                    csv_strerror(csv_error(&parser)));
            status = 1;
            break;
        }
        total += (unsigned long long)n;
    }
    if (status == 0 && csv_fini(&parser, on_field, on_row, &counts) != 0) {
        fprintf(stderr, "%s: %s\n", argv[1], csv_strerror(csv_error(&parser)));
        status = 1;
    }
    double seconds = now_seconds() - start;
    csv_free(&parser);
    free(buffer);
    close(fd);
    if (status != 0) return status;

    /* Field contents can never outnumber the input bytes; the check also uses every length. */
    if (counts.field_bytes > total) {
        fprintf(stderr, "field bytes (%llu) exceed input bytes (%llu)\n", counts.field_bytes, total);
        return 1;
    }
    printf("rows=%llu fields=%llu bytes=%llu seconds=%.3f MB_per_s=%.1f\n",
           counts.rows, counts.fields, total, seconds, (double)total / 1e6 / seconds);
    return 0;
}
