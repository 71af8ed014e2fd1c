#ifndef HAVEN_CALLOCATOR_H
#define HAVEN_CALLOCATOR_H

#include <stddef.h>

/// Has the C allocator serve every block of at least `bytes` by a mapping of its own, returned to
/// the system when freed; does nothing where the allocator is not glibc's.
void haven_map_blocks_from(size_t bytes);

/// Gives the free pages at the top and inside the C allocator's heaps back to the system; does
/// nothing where the allocator is not glibc's.
void haven_release_free_pages(void);

#endif
