import Foundation

/// Keeps a read-only file mapping from killing the process when its file shrinks underneath it.
///
/// Reading a mapped page past the end of a truncated file raises SIGBUS. The guard registers every mapping
/// `ByteBuffer` makes; its SIGBUS handler (`SA_SIGINFO`) looks the fault address up, maps an anonymous zero
/// page over the faulting page (`mmap(MAP_FIXED | MAP_ANONYMOUS)`), marks the mapping damaged and returns, so the
/// read repeats and sees zeros. A fault outside every registered mapping goes to the handler that was installed
/// before the guard (or kills the process with SIGBUS as the default would).
///
/// `repair(signal:info:)` is public so a crash handler installed later (the browser's terminal restore) can ask
/// the guard first. The handler only reads a fixed table and calls `mmap`/`sigaction` (raw system calls on Linux).
public enum MappingGuard {
    /// One registered mapping: `[start, end)` and whether a page of it was replaced by zeros.
    struct Slot {
        var start: UInt = 0
        var end: UInt = 0
        var damaged: UInt = 0
    }

    /// How many mappings can be guarded at once; past that `ByteBuffer` reads files into memory instead.
    static let capacity = 1024
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<Slot> = {
        let table = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        table.initialize(repeating: Slot(), count: capacity)
        return table
    }()
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let action = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
        action.initialize(to: sigaction())
        return action
    }()
    nonisolated(unsafe) private static var pageSize: UInt = 4096
    nonisolated(unsafe) private static var installed = false
    private static let lock = NSLock()

    /// Registers `[base, base + count)`; returns its slot, or nil when the table is full.
    static func register(_ base: UnsafeMutableRawPointer, count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        installIfNeeded()
        for index in 0..<capacity where slots[index].start == 0 {
            let start = UInt(bitPattern: base)
            // End first: the handler only trusts a slot whose start is set.
            slots[index].end = start + UInt(count)
            slots[index].damaged = 0
            slots[index].start = start
            return index
        }
        return nil
    }

    /// Forgets a slot (before its mapping is unmapped).
    static func unregister(_ slot: Int) {
        lock.lock()
        defer { lock.unlock() }
        slots[slot].start = 0
        slots[slot].end = 0
    }

    /// True when a page of the slot's mapping was replaced by zeros (its file shrank while mapped).
    static func isDamaged(_ slot: Int) -> Bool { slots[slot].damaged != 0 }

    /// Installs the SIGBUS handler once per process, keeping the disposition it replaces.
    private static func installIfNeeded() {
        guard !installed else { return }
        installed = true
        pageSize = UInt(max(4096, sysconf(Int32(_SC_PAGESIZE))))
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { signal, info, context in
            if MappingGuard.repair(signal: signal, info: info) { return }
            MappingGuard.chain(signal: signal, info: info, context: context)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_SIGINFO | SA_NODEFER
        sigaction(SIGBUS, &action, previous)
    }

    /// For a SIGBUS inside a guarded mapping: maps a zero page over the faulting page and returns true.
    public static func repair(signal: Int32, info: UnsafeMutablePointer<siginfo_t>?) -> Bool {
        // A SIGBUS sent with kill(2) (si_code <= 0) carries no fault address.
        guard signal == SIGBUS, let info, info.pointee.si_code > 0 else { return false }
        let address = UInt(bitPattern: info.pointee._sifields._sigfault.si_addr)
        for index in 0..<capacity {
            let slot = slots[index]
            guard slot.start != 0, address >= slot.start, address < slot.end else { continue }
            let page = address & ~(pageSize - 1)
            let zero = mmap(
                UnsafeMutableRawPointer(bitPattern: page), Int(pageSize), PROT_READ,
                MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
            guard zero != MAP_FAILED else { return false }
            slots[index].damaged = 1
            return true
        }
        return false
    }

    /// Passes a fault that is not ours to the disposition the guard replaced.
    private static func chain(signal: Int32, info: UnsafeMutablePointer<siginfo_t>?, context: UnsafeMutableRawPointer?) {
        let old = previous.pointee
        let raw = withUnsafeBytes(of: old.__sigaction_handler) { $0.load(as: UInt.self) }
        if raw > 1 {
            if old.sa_flags & SA_SIGINFO != 0 {
                old.__sigaction_handler.sa_sigaction?(signal, info, context)
            } else {
                old.__sigaction_handler.sa_handler?(signal)
            }
            return
        }
        // Default (or ignored, which cannot stop a fault): die with SIGBUS when the read repeats.
        var fallback = sigaction()
        fallback.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(signal, &fallback, nil)
    }
}
