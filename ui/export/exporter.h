#pragma once

// Writes one drawing to PNG, SVG or PDF, chosen by the file's suffix. The drawing is a
// render(QPainter&, QRect) function, so the screen and every export share one code
// path. The file is drawn into memory and written with checked writes through
// QSaveFile: a failed export (a full disk too) leaves any previous file intact.

#include <QRect>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace moe::ui {

using Renderer = std::function<void(QPainter& painter, const QRect& target)>;

// `size` is in logical pixels (1/96 inch for SVG and PDF); a PNG has `pngPixelRatio`
// times as many pixels each way, for sharp slides. Returns an error message, or nothing.
std::optional<QString> exportDrawing(const Renderer& render, QSize size, const QString& path, const QString& title,
                                     int pngPixelRatio = 1);

// "png", "svg", "pdf", or empty when the suffix is none of them.
QString exportFormat(const QString& path);

} // namespace moe::ui
