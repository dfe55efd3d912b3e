#pragma once

// Reading a profile file without freezing the window (issue 11, point 7): a file of a
// megabyte or more (a measured routing table of 16,384 experts per layer is 15 MB and
// takes about half a second to parse) is read on a worker thread while the event loop
// keeps the window painting behind a modal busy dialog, which also keeps the user
// from starting anything else meanwhile. Smaller files are read at once.

#include <QString>

#include "profile/profileio.h"

class QWidget;

namespace moe::ui {

// Files at least this large are read on a worker.
inline constexpr qint64 kBackgroundLoadBytes = 1 << 20;

// loadProfileFile(path), with the window kept live for large files; `parent` carries
// the busy dialog (none when null, as in tests without a window).
LoadResult loadProfileKeepingWindowLive(const QString& path, QWidget* parent);

} // namespace moe::ui
