#include "cli/descriptorbuffer.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace moe::cli {

DescriptorBuffer::DescriptorBuffer(int fd)
    : m_fd(fd)
{
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

DescriptorBuffer::~DescriptorBuffer()
{
    drain();
}

bool DescriptorBuffer::drain()
{
    const char* next = pbase();
    while (next < pptr() && m_error == 0) {
        const ssize_t n = ::write(m_fd, next, static_cast<std::size_t>(pptr() - next));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            m_error = n < 0 ? errno : EIO;
        } else {
            next += n;
        }
    }
    // After a failure the rest is dropped: what follows would not make the output whole.
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    return m_error == 0;
}

DescriptorBuffer::int_type DescriptorBuffer::overflow(int_type c)
{
    if (!drain()) {
        return traits_type::eof();
    }
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int DescriptorBuffer::sync()
{
    return drain() ? 0 : -1;
}

const char* describeOutputError(const std::streambuf* buffer)
{
    const auto* descriptor = dynamic_cast<const DescriptorBuffer*>(buffer);
    return descriptor && descriptor->error() != 0 ? std::strerror(descriptor->error()) : "the output stream failed";
}

} // namespace moe::cli
