#pragma once

// Writing a file whose bytes are already in memory, checking every write: a full disk
// or a file-size limit is seen before anything replaces the previous file, and the
// message says how far the write got. Drawings are rendered to memory first (QBuffer)
// because QSvgGenerator and QPdfWriter ignore the errors of the device they write to.

#include <QByteArray>
#include <QString>

#include <optional>

class QFileDevice;

namespace moe::ui {

// Writes `bytes` through QSaveFile and commits only when all of them were written.
// Returns an error message ("cannot write r.pdf: No space left on device (40 KiB
// written of 211 KiB); the previous file is unchanged"), or nothing.
std::optional<QString> writeFileChecked(const QString& path, const QByteArray& bytes);

// Writes all of `bytes` to an open file; returns why it stopped short, or nothing.
std::optional<QString> writeAllBytes(QFileDevice& file, const QByteArray& bytes);

// "840 bytes", "40 KiB", "3.2 MiB".
QString byteSize(qint64 bytes);

} // namespace moe::ui
