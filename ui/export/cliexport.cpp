#include "export/cliexport.h"

#include <QFile>

#include "export/reportexport.h"
#include "cli/searchrunner.h"
#include "export/viewexport.h"

namespace moe::ui {

CliRendering::CliRendering(int& argc, char** argv)
    : m_argc(argc)
    , m_argv(argv)
{
}

CliRendering::~CliRendering() = default;

void CliRendering::ensureApplication()
{
    if (QCoreApplication::instance()) {
        return;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Without one (root in CI, cron) Qt warns on stderr and makes its own; a private
        // folder for this run keeps stderr for the tool's own messages.
        m_runtimeDir = std::make_unique<QTemporaryDir>();
        if (m_runtimeDir->isValid()) {
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir->path()));
        }
    }
    m_app = std::make_unique<QApplication>(m_argc, m_argv);
}

cli::Extensions CliRendering::extensions()
{
    cli::Extensions extensions;
    extensions.exportChart = [this](const std::string& chart, const Profile& profile, const Evaluation& evaluation,
                                    const std::string& path) -> std::optional<std::string> {
        ensureApplication();
        const ExportView view = chart == "grid"      ? ExportView::Grid
                              : chart == "memory"  ? ExportView::Memory
                              : chart == "routing" ? ExportView::RoutingMap
                              : chart == "load"    ? ExportView::LoadMap
                              : chart == "traffic" ? ExportView::TrafficMap
                                                   : ExportView::Latency;
        if (const auto error = exportView(view, profile, evaluation, ExportOptions{}, QString::fromStdString(path))) {
            return error->toStdString();
        }
        return std::nullopt;
    };
    extensions.exportReport = [this](const Profile& profile, const std::string& path) -> std::optional<std::string> {
        ensureApplication();
        ReportInputs inputs;
        inputs.search = [](const Profile& p, Objective o, const SearchBounds& b) { return cli::runSearch(p, o, 0, nullptr, {}, b); };  // every core
        if (const auto error = ::moe::ui::exportReport(profile, QString::fromStdString(path), inputs)) {
            return error->toStdString();
        }
        return std::nullopt;
    };
    return extensions;
}

} // namespace moe::ui
