#include "export/reportexport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <map>

#include "document/checkedwrite.h"
#include "document/fileset.h"
#include "export/viewexport.h"

namespace moe::ui {

namespace {

ExportView viewOf(const std::string& chart)
{
    return chart == "grid" ? ExportView::Grid : chart == "memory" ? ExportView::Memory : ExportView::Latency;
}

QByteArray bytesOf(const std::string& text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

// Every chart the report shows, rendered once.
std::map<std::string, QImage> renderCharts(const Report& report, const Profile& profile, const Evaluation& evaluation)
{
    std::map<std::string, QImage> images;
    ExportOptions options;
    options.selectedGpu = evaluation.memoryGpu;
    for (const ReportBlock& block : report.blocks) {
        if (const auto* figure = std::get_if<ReportFigure>(&block); figure && !images.contains(figure->chart)) {
            // Page-sized views, so their text reads at the size of the report's text.
            const ExportView view = viewOf(figure->chart);
            options.size = view == ExportView::Grid ? QSize(900, 560) : QSize(760, 440);
            images[figure->chart] = renderView(view, profile, evaluation, options);
        }
    }
    return images;
}

QByteArray pngBytes(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

std::optional<QString> writePdf(const QString& path, const Report& report, const std::map<std::string, QImage>& images)
{
    QTextDocument document;
    for (const auto& [chart, image] : images) {
        // Device pixel ratio 1: QTextDocument's layout reserves room by pixel size.
        QImage page = image;
        page.setDevicePixelRatio(1);
        document.addResource(QTextDocument::ImageResource, QUrl(QString::fromStdString(chart + ".png")), page);
    }
    // Charts at the text width; QTextDocument lays the page out.
    HtmlOptions options;
    options.figureElements = false;
    options.breakLongWords = true;  // linear layout of a huge profile name (issue 11)
    // QTextDocument reserves the image's own height unless told both sizes.
    options.imageSize = [&](const std::string& chart) {
        const QImage& image = images.at(chart);
        const int width = 640;
        return std::pair<int, int>(width, width * image.height() / image.width());
    };
    document.setHtml(QString::fromStdString(reportToHtml(report, [](const std::string& chart) { return chart + ".png"; }, options)));
    // Into memory first: QPdfWriter ignores a failing device (see checkedwrite.h).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(QString::fromStdString(report.title));
        pdf.setCreator(QStringLiteral("MoE Explorer"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
        pdf.setResolution(96);
        document.setPageSize(QSizeF(pdf.width(), pdf.height()));
        document.print(&pdf);
    }
    return writeFileChecked(path, bytes);
}

} // namespace

std::optional<QString> checkReportPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("md") && suffix != QLatin1String("html") && suffix != QLatin1String("pdf")) {
        return QObject::tr("%1: the report's file name must end in .md, .html or .pdf").arg(path);
    }
    return std::nullopt;
}

std::optional<QString> exportReport(const Profile& profile, const QString& path, const ReportInputs& inputs)
{
    if (auto problem = checkReportPath(path)) {
        return problem;
    }
    return writeReport(buildReport(profile, inputs), profile, path);
}

std::optional<QString> writeReport(const Report& report, const Profile& profile, const QString& path)
{
    if (auto problem = checkReportPath(path)) {
        return problem;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Evaluation evaluation = evaluate(profile, Detail::PerGpu);
    const std::map<std::string, QImage> images = renderCharts(report, profile, evaluation);
    if (suffix == QLatin1String("pdf")) {
        return writePdf(path, report, images);
    }
    if (suffix == QLatin1String("html")) {
        return writeFileChecked(path, bytesOf(reportToHtml(report, [&](const std::string& chart) {
                                    return "data:image/png;base64," + pngBytes(images.at(chart)).toBase64().toStdString();
                                })));
    }
    // Markdown: the charts as PNG files beside the report, named after it, replaced
    // together with it so a failure leaves no new chart beside an old report.
    const QFileInfo info(path);
    FileSet files;
    for (const auto& [chart, image] : images) {
        files.add(info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + QString::fromStdString(chart)
                                      + QStringLiteral(".png")),
                  pngBytes(image));
    }
    const std::string stem = info.completeBaseName().toStdString();
    files.add(path, bytesOf(reportToMarkdown(report, [&](const std::string& chart) { return stem + "-" + chart + ".png"; })));
    return files.commit();
}

} // namespace moe::ui
