#pragma once

// The tool's standard output as a stream buffer over a file descriptor that keeps the
// first write error (errno), so a full disk, /dev/full or a file-size limit ends the
// run with exit 1 and the reason, not a truncated document and exit 0. std::cout
// loses the reason: its failure is a bit, and errno is long overwritten by then.

#include <array>
#include <streambuf>

namespace moe::cli {

class DescriptorBuffer : public std::streambuf {
public:
    explicit DescriptorBuffer(int fd);
    ~DescriptorBuffer() override;

    // The errno of the first failed write, or 0.
    int error() const { return m_error; }

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    bool drain();

    int m_fd;
    int m_error = 0;
    std::array<char, 64 * 1024> m_buffer{};
};

// Why a stream over `buffer` failed: the descriptor's error when it is a
// DescriptorBuffer, else a general phrase.
const char* describeOutputError(const std::streambuf* buffer);

} // namespace moe::cli
