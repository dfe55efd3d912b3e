// Profile files on disk: reading only regular files, and saving through a temporary
// file renamed over the target, which keeps the target's mode, owner and links. POSIX
// calls rather than iostreams, because each of these needs a file descriptor.

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "profile/jsonreader.h"
#include "profile/profileio.h"

namespace moe {

namespace {

class Descriptor {
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    int get() const { return m_fd; }
    // Closes now, so a deferred write error (NFS, some full disks) is seen.
    bool close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

std::string errorText(int error)
{
    return std::strerror(error);
}

using detail::say;

// What a path that is not a regular file is, for the message.
Phrase kindPhrase(mode_t mode)
{
    if (S_ISDIR(mode)) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "a folder"));
    }
    if (S_ISFIFO(mode)) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "a FIFO (named pipe)"));
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "a device"));
    }
    if (S_ISSOCK(mode)) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "a socket"));
    }
    return say(MOE_TRANSLATE_NOOP("ProfileFile", "not a regular file"));
}

// A load error of the whole file: the phrase and its English.
ProfileError fileError(Phrase phrase)
{
    std::string english = phrase.english();
    return ProfileError{"", std::move(english), std::move(phrase)};
}

// The file a chain of symbolic links ends at, so a save replaces the file and keeps
// the links. A link to nothing yet names the file to create.
std::optional<std::filesystem::path> resolveLinks(const std::filesystem::path& path, std::string& error)
{
    namespace fs = std::filesystem;
    fs::path current = path;
    for (int hops = 0; hops < 40; ++hops) {  // the kernel's limit on links in a path
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(current, ec))) {
            return current;
        }
        const fs::path next = fs::read_symlink(current, ec);
        if (ec) {
            error = ec.message();
            return std::nullopt;
        }
        current = next.is_absolute() ? next : current.parent_path() / next;
    }
    error = "too many levels of symbolic links";
    return std::nullopt;
}

bool writeAll(int fd, const std::string& text)
{
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

// Creates a new file beside `target` that no one else is using.
int createTemporary(const std::filesystem::path& target, std::filesystem::path& temporary)
{
    const std::string stem = target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-";
    for (int attempt = 0; attempt < 100; ++attempt) {
        temporary = target.parent_path() / (stem + std::to_string(attempt));
        // Mode 0666 less the umask, as any new file; an existing target's mode is copied later.
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) {
            return fd;
        }
    }
    errno = EEXIST;
    return -1;
}

// Why `path` did not open: a missing file, a link to nothing and a loop of links all
// fail alike in open(); the user needs to know which to fix.
// The system's own words for an error (strerror) stay as the C library writes them.
Phrase whyNotOpened(const std::string& path, int error)
{
    const PhraseArg quoted = arg::name(path);
    if (error == ELOOP) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot open \"%1\": it is a symlink loop (its links lead back to "
                                                     "themselves, or through more than 40 links)"),
                   {quoted});
    }
    if (error == ENOENT) {
        struct stat link {};
        if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
            std::error_code ec;
            const std::string target = std::filesystem::read_symlink(path, ec).string();
            return say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot open \"%1\": it is a dangling symbolic link to \"%2\", "
                                                         "which does not exist"),
                       {quoted, arg::name(target)});
        }
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot open \"%1\": no such file"), {quoted});
    }
    return say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot open \"%1\" for reading: %2"), {quoted, arg::name(errorText(error))});
}

} // namespace

LoadResult loadProfileFile(const std::string& path)
{
    LoadResult result;
    if (path.empty()) {
        result.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "no file named: the profile's file name is empty")));
        return result;
    }
    // Non-blocking, so opening a FIFO returns at once instead of waiting for a writer;
    // anything but a regular file is then refused before a byte is read.
    Descriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (file.get() < 0) {
        result.error = fileError(whyNotOpened(path, errno));
        return result;
    }
    struct stat info {};
    if (::fstat(file.get(), &info) != 0) {
        result.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot read \"%1\": %2"),
                                     {arg::name(path), arg::name(errorText(errno))}));
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "\"%1\" is %2, not a regular file; a profile must be a file"),
                                     {arg::name(path), arg::phrases({kindPhrase(info.st_mode)})}));
        return result;
    }
    ::fcntl(file.get(), F_SETFL, ::fcntl(file.get(), F_GETFL) & ~O_NONBLOCK);
    // Read at most one byte past the limit, so a huge file is refused without
    // being loaded into memory.
    std::string text(kMaxProfileBytes + 1, '\0');
    std::size_t size = 0;
    while (size < text.size()) {
        const ssize_t n = ::read(file.get(), text.data() + size, text.size() - size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            result.error = fileError(say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot read \"%1\": %2"),
                                         {arg::name(path), arg::name(errorText(errno))}));
            return result;
        }
        if (n == 0) {
            break;
        }
        size += static_cast<std::size_t>(n);
    }
    text.resize(size);
    auto stem = path.substr(path.find_last_of('/') + 1);
    if (const auto dot = stem.find('.'); dot != std::string::npos && dot > 0) {
        stem = stem.substr(0, dot);
    }
    return parseProfile(text, stem);
}

std::optional<std::string> saveProfileFile(const std::string& path, const Profile& profile)
{
    return saveTextFile(path, profileFileText(profile));
}

std::optional<std::string> saveTextFile(const std::string& path, const std::string& text)
{
    if (auto error = saveTextFilePhrase(path, text)) {
        return error->english();
    }
    return std::nullopt;
}

std::optional<Phrase> saveProfileFilePhrase(const std::string& path, const Profile& profile)
{
    return saveTextFilePhrase(path, profileFileText(profile));
}

// The system's own words for an error (strerror, std::error_code) stay as they are.
std::optional<Phrase> saveTextFilePhrase(const std::string& path, const std::string& text)
{
    namespace fs = std::filesystem;
    std::string linkError;
    const auto resolved = resolveLinks(fs::path(path), linkError);
    if (!resolved) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot follow the link \"%1\": %2; nothing was written"),
                   {arg::name(path), arg::name(linkError)});
    }
    const fs::path& target = *resolved;
    struct stat previous {};
    const bool exists = ::stat(target.c_str(), &previous) == 0;
    if (exists && !S_ISREG(previous.st_mode)) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "\"%1\" is %2, not a regular file; nothing was written"),
                   {arg::name(target.string()), arg::phrases({kindPhrase(previous.st_mode)})});
    }
    fs::path temporary;
    Descriptor out(createTemporary(target, temporary));
    if (out.get() < 0) {
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot write in the folder of \"%1\": %2; the previous file is unchanged"),
                   {arg::name(path), arg::name(errorText(errno))});
    }
    const auto abandon = [&](Phrase why) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "could not write \"%1\": %2; the previous file is unchanged"),
                   {arg::name(path), arg::phrases({std::move(why)})});
    };
    if (!writeAll(out.get(), text) || ::fsync(out.get()) != 0) {
        return abandon(detail::verbatim(errorText(errno)));
    }
    if (exists) {
        // Owner first: changing it may clear set-id bits that the mode then restores.
        // Only root may give a file away; others keep the group where they can.
        if (::fchown(out.get(), previous.st_uid, previous.st_gid) != 0) {
            (void)::fchown(out.get(), static_cast<uid_t>(-1), previous.st_gid);
        }
        if (::fchmod(out.get(), previous.st_mode & 07777) != 0) {
            return abandon(say(MOE_TRANSLATE_NOOP("ProfileFile", "cannot keep the file's permissions: %1"),
                               {arg::name(errorText(errno))}));
        }
    }
    if (!out.close()) {
        return abandon(detail::verbatim(errorText(errno)));
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int error = errno;
        std::error_code ignored;
        fs::remove(temporary, ignored);
        return say(MOE_TRANSLATE_NOOP("ProfileFile", "could not replace \"%1\": %2; the previous file is unchanged"),
                   {arg::name(path), arg::name(errorText(error))});
    }
    return std::nullopt;
}

} // namespace moe
