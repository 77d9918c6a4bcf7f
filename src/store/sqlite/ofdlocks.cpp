// SPDX-License-Identifier: GPL-3.0-or-later
// Why this file exists: SQLite's unix VFS locks the database, its -shm and (in rollback mode) its
// journal with POSIX advisory locks (fcntl F_SETLK). POSIX ties those locks to the process and
// drops ALL of them the moment the process closes ANY descriptor of the file — also one that
// some other code opened. SQLite copes with its own descriptors (its inode table) but cannot see
// anyone else's: when the file dialog sniffs lagebild.sqlite-shm for its MIME type, or any
// library opens and closes the database file, this process silently stops holding its locks.
// The next process to open the database (lagebild-cli) then believes it is alone: it resets the
// -shm and, on close, checkpoints and deletes the write-ahead log this process is still writing
// into. Those writes land in a deleted file — invisible to everyone else and lost with the process.
//
// The fix, below SQLite and above the kernel: SQLite's "fcntl" system call (all unix VFS variants
// share one table) is replaced so that every lock request becomes a Linux open-file-description
// lock (F_OFD_SETLK, F_OFD_GETLK). OFD locks belong to an open file description, not to the
// process, and only the close of the last descriptor of THAT description releases them; foreign
// close() calls no longer touch them. They conflict with classic POSIX locks, so other processes
// (the sqlite3 shell, an older Lagebild) stay excluded exactly as before.
//
// SQLite shares locks between its connections of one process (it may lock through one
// connection's descriptor and unlock through another's), so a per-descriptor OFD lock would be
// wrong: all locks on one file are taken through ONE private descriptor per file (st_dev, st_ino),
// which makes the owner "this process" again, as SQLite expects. SQLite's own descriptors are
// counted per file by wrapping "open" and "close" in the same table, and the private descriptor is
// closed with SQLite's last one for that file (a deleted -wal or -shm would otherwise stay open).
// SQLite holds no lock on a file it has no descriptor for, so nothing is released early.

#include "store/sqlite/ofdlocks.h"

#include <sqlite3.h>

#include <fcntl.h>

#if defined(__linux__) && defined(F_OFD_SETLK)

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>

namespace Lagebild::Sqlite {

namespace {

using OpenCall = int (*)(const char *, int, int);
using CloseCall = int (*)(int);
using FcntlCall = int (*)(int, int, ...);

// SQLite's previous entries (the libc calls), set once before any connection opens.
OpenCall systemOpen = nullptr;
CloseCall systemClose = nullptr;
FcntlCall systemFcntl = nullptr;

struct FileKey
{
    dev_t device;
    ino_t inode;
    auto operator<=>(const FileKey &) const = default;
};

struct LockedFile
{
    int lockDescriptor = -1; ///< private; holds every lock of this process on the file
    int sqliteDescriptors = 0;
};

struct SqliteDescriptor
{
    FileKey file;
    bool writable;
};

struct Registry
{
    std::mutex mutex;
    std::map<FileKey, LockedFile> files;
    std::map<int, SqliteDescriptor> descriptors; ///< SQLite's open descriptors
};

std::optional<FileKey> fileOf(int fd)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return std::nullopt;
    return FileKey {st.st_dev, st.st_ino};
}

// Never destroyed: connections may still close during static destruction (pool threads).
Registry &registry()
{
    static auto *instance = new Registry;
    return *instance;
}

// Caller holds the registry's mutex. Forgets one of SQLite's descriptors; the file's lock
// descriptor goes with the last of them.
void forget(Registry &r, int fd)
{
    const auto d = r.descriptors.find(fd);
    if (d == r.descriptors.end())
        return;
    const auto f = r.files.find(d->second.file);
    if (--f->second.sqliteDescriptors == 0) {
        if (f->second.lockDescriptor >= 0)
            systemClose(f->second.lockDescriptor);
        r.files.erase(f);
    }
    r.descriptors.erase(d);
}

// Caller holds the registry's mutex.
bool track(Registry &r, int fd, bool writable)
{
    forget(r, fd); // a number SQLite reuses was closed before
    const auto key = fileOf(fd);
    if (!key)
        return false;
    r.descriptors[fd] = {*key, writable};
    ++r.files[*key].sqliteDescriptors;
    return true;
}

// A second open file description of fd's file for the locks, read-write when possible: a write
// lock needs one, and SQLite's first descriptor may be a read-only connection's.
int openLockDescriptor(int fd, bool writable)
{
    if (!writable) {
        char self[32];
        std::snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
        const int reopened = systemOpen(self, O_RDWR | O_CLOEXEC, 0);
        if (reopened >= 0) {
            if (const auto file = fileOf(fd); file && file == fileOf(reopened))
                return reopened;
            systemClose(reopened);
        }
    }
    return systemFcntl(fd, F_DUPFD_CLOEXEC, 3);
}

int trackingOpen(const char *path, int flags, int mode)
{
    const int fd = systemOpen(path, flags, mode);
    if (fd >= 0) {
        Registry &r = registry();
        const std::lock_guard guard(r.mutex);
        track(r, fd, (flags & O_ACCMODE) != O_RDONLY);
    }
    return fd;
}

int trackingClose(int fd)
{
    {
        Registry &r = registry();
        const std::lock_guard guard(r.mutex);
        forget(r, fd);
    }
    return systemClose(fd);
}

int ofdFcntl(int fd, int command, ...)
{
    va_list arguments;
    va_start(arguments, command);
    // SQLite passes a struct flock * to the lock commands; anything else goes through unchanged,
    // read as a pointer-sized word the way glibc's fcntl reads its third argument.
    void *argument = va_arg(arguments, void *);
    va_end(arguments);
    if (command != F_SETLK && command != F_SETLKW && command != F_GETLK)
        return systemFcntl(fd, command, argument);
    auto *request = static_cast<struct flock *>(argument);

    int lockDescriptor = -1;
    bool writable = false;
    {
        Registry &r = registry();
        const std::lock_guard guard(r.mutex);
        auto d = r.descriptors.find(fd);
        if (d == r.descriptors.end()) { // opened before the install; cannot happen, but stay correct
            const int flags = systemFcntl(fd, F_GETFL);
            if (flags < 0 || !track(r, fd, (flags & O_ACCMODE) != O_RDONLY))
                return -1;
            d = r.descriptors.find(fd);
        }
        LockedFile &file = r.files[d->second.file];
        if (file.lockDescriptor < 0)
            file.lockDescriptor = openLockDescriptor(fd, d->second.writable);
        if (file.lockDescriptor < 0)
            return -1; // errno from dup: SQLite reports an I/O error instead of locking unsafely
        lockDescriptor = file.lockDescriptor;
        writable = d->second.writable;
    }
    // Stays open outside the mutex: it is only closed with the last of SQLite's descriptors of
    // the file, and fd, one of them, is in use by this very call.
    if (command != F_GETLK && request->l_type == F_WRLCK && !writable) {
        errno = EBADF; // what a write lock through a read-only descriptor gives under POSIX
        return -1;
    }
    struct flock ofd = *request;
    ofd.l_pid = 0; // required for OFD locks
    const int ofdCommand = command == F_SETLK ? F_OFD_SETLK
        : command == F_SETLKW                 ? F_OFD_SETLKW
                                              : F_OFD_GETLK;
    const int result = systemFcntl(lockDescriptor, ofdCommand, &ofd);
    if (result == 0 && command == F_GETLK)
        *request = ofd;
    return result;
}

} // namespace

void installOfdLocks()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
        if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall)
            return;
        systemOpen = reinterpret_cast<OpenCall>(vfs->xGetSystemCall(vfs, "open"));
        systemClose = reinterpret_cast<CloseCall>(vfs->xGetSystemCall(vfs, "close"));
        systemFcntl = reinterpret_cast<FcntlCall>(vfs->xGetSystemCall(vfs, "fcntl"));
        if (!systemOpen || !systemClose || !systemFcntl)
            return;
        // Counting first, so that every descriptor a lock is taken through is known.
        vfs->xSetSystemCall(vfs, "open", reinterpret_cast<sqlite3_syscall_ptr>(&trackingOpen));
        vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&trackingClose));
        vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&ofdFcntl));
    });
}

} // namespace Lagebild::Sqlite

#else

namespace Lagebild::Sqlite {

// Without OFD locks (not Linux) SQLite keeps its POSIX locks and the pitfall in docs/locking.md.
void installOfdLocks() { }

} // namespace Lagebild::Sqlite

#endif
