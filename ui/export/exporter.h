#pragma once

// Writes one drawing to PNG, SVG or PDF, chosen by the file's suffix. The drawing is a
// render(QPainter&, QRect) function, so the screen and every export share one code
// path. The file is drawn into memory and written with checked writes through
// QSaveFile: a failed export (a full disk too) leaves any previous file intact.

#include <QRect>
#include <QString>

#include <functional>
#include <optional>

class QImage;
class QPainter;

namespace moe::ui {

using Renderer = std::function<void(QPainter& painter, const QRect& target)>;

// `size` is in logical pixels (1/96 inch for SVG and PDF); a PNG has `pngPixelRatio`
// times as many pixels each way, for sharp slides. Returns an error message, or nothing.
std::optional<QString> exportDrawing(const Renderer& render, QSize size, const QString& path, const QString& title,
                                     int pngPixelRatio = 1);

// An image of `size` logical pixels, `pixelRatio` device pixels each way, white. It
// reads as 96 dots per inch while drawn: QPainter sizes fonts by the image's dots per
// inch and again by its pixel ratio, so a 192-dpi 2x image drew text twice as large
// as the SVG and PDF (and the grid then had no room for its node labels).
QImage exportImage(QSize size, int pixelRatio);
// Marks a drawn image as `pixelRatio` x 96 dots per inch, so that viewers show it at
// its logical size.
void markPngDotsPerInch(QImage& image, int pixelRatio);

// "png", "svg", "pdf", or empty when the suffix is none of them.
QString exportFormat(const QString& path);

} // namespace moe::ui
