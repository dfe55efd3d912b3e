#pragma once

// How long a GUI test waits for background work (a search, a report) before calling it
// hung. Not a speed assertion: it only has to end a test that would never finish, well
// inside QTEST_FUNCTION_TIMEOUT (20 minutes, tests/CMakeLists.txt). A busy CI machine
// under AddressSanitizer ran a 13 s search for over 120 s, so nothing shorter is safe.

namespace moe::test {

inline constexpr int kBackgroundWorkMs = 15 * 60 * 1000;

} // namespace moe::test
