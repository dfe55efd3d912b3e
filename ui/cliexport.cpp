#include "cliexport.h"

#include <QApplication>

#include <memory>

#include "viewexport.h"

namespace moe::ui {

namespace {

void ensureApplication(int argc, char** argv)
{
    if (QCoreApplication::instance()) {
        return;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Qt keeps references to argc and argv for the application's lifetime.
    static int storedArgc = argc;
    static std::unique_ptr<QApplication> app(new QApplication(storedArgc, argv));
}

} // namespace

cli::Extensions cliExtensions(int argc, char** argv)
{
    cli::Extensions extensions;
    extensions.exportChart = [argc, argv](const std::string& chart, const Profile& profile, const Evaluation& evaluation,
                                          const std::string& path) -> std::optional<std::string> {
        ensureApplication(argc, argv);
        const ExportView view = chart == "grid" ? ExportView::Grid : chart == "memory" ? ExportView::Memory : ExportView::Latency;
        ExportOptions options;
        options.selectedGpu = evaluation.memoryGpu;
        if (const auto error = exportView(view, profile, evaluation, options, QString::fromStdString(path))) {
            return error->toStdString();
        }
        return std::nullopt;
    };
    return extensions;
}

} // namespace moe::ui
