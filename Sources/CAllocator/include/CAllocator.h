#ifndef HAVEN_CALLOCATOR_H
#define HAVEN_CALLOCATOR_H

#include <stddef.h>

/// Has the C allocator serve every block of at least `bytes` by a mapping of its own, returned to
/// the system when freed; does nothing where the allocator is not glibc's.
void haven_map_blocks_from(size_t bytes);

#endif
