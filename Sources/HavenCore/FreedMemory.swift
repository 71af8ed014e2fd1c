internal import CAllocator

/// Gives the pages a finished stage of work freed back to the system.
///
/// glibc keeps freed memory in the arena of the thread that freed it, and the engine frees on
/// every core: a national quarter leaves a hundred megabytes or more of free pages behind, which
/// the next quarter's allocations, made elsewhere, do not reuse, so each quarter's peak sat on
/// top of the last one's leavings (92 MB at the first quarter, 309 MB at the fourth). Trimming
/// returns them. Elsewhere it does nothing.
enum FreedMemory {
    static func release() {
        haven_release_free_pages()
    }
}
