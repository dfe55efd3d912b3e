#include "export/exporter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "document/checkedwrite.h"

namespace moe::ui {

namespace {

constexpr int kDpi = 96;

void paint(QPaintDevice& device, const Renderer& render, QSize size, bool fillWhite)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    if (fillWhite) {
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    }
    render(painter, QRect(QPoint(0, 0), size));
}

} // namespace

QImage exportImage(QSize size, int pixelRatio)
{
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    markPngDotsPerInch(image, 1);
    image.fill(Qt::white);
    return image;
}

void markPngDotsPerInch(QImage& image, int pixelRatio)
{
    image.setDotsPerMeterX(static_cast<int>(kDpi * pixelRatio / 0.0254));
    image.setDotsPerMeterY(static_cast<int>(kDpi * pixelRatio / 0.0254));
}

QString exportFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") || suffix == QLatin1String("pdf") ? suffix
                                                                                                                : QString();
}

std::optional<QString> exportDrawing(const Renderer& render, QSize size, const QString& path, const QString& title,
                                     int pngPixelRatio)
{
    const QString format = exportFormat(path);
    if (format.isEmpty()) {
        return QObject::tr("%1: the file name must end in .png, .svg or .pdf").arg(path);
    }
    // Drawn into memory, then written with every write checked: the SVG and PDF
    // writers do not report a failing device, so drawing straight into the file would
    // let a full disk pass for a finished file.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == QLatin1String("png")) {
        QImage image = exportImage(size, pngPixelRatio);
        paint(image, render, size, true);
        markPngDotsPerInch(image, pngPixelRatio);
        QImageWriter writer(&buffer, "png");
        writer.setText(QStringLiteral("Title"), title);
        if (!writer.write(image)) {
            return QObject::tr("cannot write %1: %2").arg(path, writer.errorString());
        }
    } else if (format == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(kDpi);
        svg.setTitle(title);
        svg.setDescription(QObject::tr("Exported from MoE Explorer"));
        paint(svg, render, size, false);
    } else {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("MoE Explorer"));
        pdf.setResolution(kDpi);
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / kDpi, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        paint(pdf, render, size, true);
    }
    if (bytes.isEmpty()) {
        return QObject::tr("cannot write %1: the drawing came out empty").arg(path);
    }
    return writeFileChecked(path, bytes);
}

} // namespace moe::ui
