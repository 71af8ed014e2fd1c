#include "CAllocator.h"

// Defines __GLIBC__ where the C library is glibc.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void haven_map_blocks_from(size_t bytes) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, (int)bytes);
#else
    (void)bytes;
#endif
}

void haven_release_free_pages(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
