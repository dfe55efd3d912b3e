#include "export/reportexport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>

#include <map>

#include "document/checkedwrite.h"
#include "document/fileset.h"
#include "export/reportpdf.h"
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

// The options of each chart of the report: page-sized, so their text reads at the
// size of the report's text; the grid of "Load balance" coloured by each GPU's load.
ExportOptions chartOptions(ExportView view)
{
    ExportOptions options;
    options.titleBlock = false;  // the report's own headings name the profile and strategy
    options.size = view == ExportView::Grid ? QSize(900, 560) : QSize(760, 440);
    if (view == ExportView::Grid) {
        options.metric = GridMetric::Tokens;
    }
    return options;
}

// Every chart the report shows, rendered once.
std::map<std::string, QImage> renderCharts(const Report& report, const Profile& profile, const Evaluation& evaluation)
{
    std::map<std::string, QImage> images;
    for (const ReportBlock& block : report.blocks) {
        if (const auto* figure = std::get_if<ReportFigure>(&block); figure && !images.contains(figure->chart)) {
            const ExportView view = viewOf(figure->chart);
            images[figure->chart] = renderView(view, profile, evaluation, chartOptions(view));
        }
    }
    return images;
}

// The same, as vector drawings for the PDF.
std::map<std::string, ReportChart> recordCharts(const Report& report, const Profile& profile, const Evaluation& evaluation)
{
    std::map<std::string, ReportChart> charts;
    for (const ReportBlock& block : report.blocks) {
        if (const auto* figure = std::get_if<ReportFigure>(&block); figure && !charts.contains(figure->chart)) {
            const ExportView view = viewOf(figure->chart);
            const ExportOptions options = chartOptions(view);
            charts[figure->chart] = ReportChart{recordView(view, profile, evaluation, options), options.size};
        }
    }
    return charts;
}

QByteArray pngBytes(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
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
    if (suffix == QLatin1String("pdf")) {
        return writeReportPdf(path, report, recordCharts(report, profile, evaluation));
    }
    const std::map<std::string, QImage> images = renderCharts(report, profile, evaluation);
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
