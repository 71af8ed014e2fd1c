#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages a finished stage of work freed back to the system.
///
/// glibc keeps freed memory in the arena of the thread that freed it, and the engine frees on
/// every core: a national quarter leaves a hundred megabytes or more of free pages behind, which
/// the next quarter's allocations, made elsewhere, do not reuse, so each quarter's peak sat on
/// top of the last one's leavings (92 MB at the first quarter, 309 MB at the fourth). `malloc_trim`
/// returns them. Elsewhere it does nothing.
enum FreedMemory {
    static func release() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }

    #if canImport(Glibc)
    /// glibc's `malloc_trim`, looked up once: it is declared in `malloc.h`, which the Glibc
    /// module does not import, and a C module of its own for one function would be a target
    /// more to build.
    private static let trim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
        unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
    }
    #endif
}
