// moe-explorer: the window. Opens the profile named on the command line, else the one
// the window showed last, else builtin:seed.

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <memory>
#include <string_view>

#include "window/mainwindow.h"
#include "widgets/settings.h"
#include "document/startupprofile.h"
#include "widgets/figurelocale.h"

namespace {

// --help and --version only print: a QCoreApplication serves them, so they work without
// a display (a packager's check, a man-page generator, ssh). Anything else gets the GUI.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            return std::make_unique<QCoreApplication>(argc, argv);
        }
    }
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MoE Explorer"));
    QApplication::setOrganizationName(QStringLiteral("MoE Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(MOE_VERSION));
    // Wayland finds the window's menu entry and icon by this name (packaging/linux).
    QGuiApplication::setDesktopFileName(QStringLiteral(MOE_APP_ID));

    // The window's own strings (embedded .qm) and Qt's, in the user's language.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("moe-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
        // Figures in the language of the words around them (widgets/figurelocale.h).
        QLocale::setDefault(moe::ui::figureLocale(QLocale(), translator.language()));
    }
    moe::ui::setChartsFollowLocale(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore how a Mixture-of-Experts model runs on a GPU cluster."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("profile"),
                                 QApplication::translate("main", "A profile file, or builtin:NAME (default: the "
                                                                 "profile shown last, else builtin:seed)."),
                                 QStringLiteral("[profile]"));
    parser.process(*app);

    const QStringList positional = parser.positionalArguments();
    moe::ui::StartupProfile start = moe::ui::startupProfile(positional.value(0), moe::ui::Settings());
    if (!start.problem.isEmpty()) {
        // Say what is wrong; the window opens on the default scenario rather than
        // nothing. A profile the user named gets a dialog too; last time's file that
        // has gone since only this line on stderr.
        qWarning("%s", qPrintable(start.problem));
        if (start.fromCommandLine) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot open profile"), start.problem);
        }
    }
    moe::ui::MainWindow window(std::move(start.profile), start.location);
    window.show();
    // The first start shows the short tour once (Help > Getting Started, F1).
    moe::ui::Settings settings;
    if (!settings.tourShown()) {
        settings.setTourShown(true);
        window.showGettingStarted();
    }
    return QApplication::exec();
}
