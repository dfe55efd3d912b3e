// moe-explorer: the window. Opens builtin:seed, or the profile named on the command line.

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include "builtins.h"
#include "mainwindow.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MoE Explorer"));
    QApplication::setOrganizationName(QStringLiteral("MoE Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(MOE_VERSION));

    // The window's own strings (embedded .qm) and Qt's, in the user's language.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("moe-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore how a Mixture-of-Experts model runs on a GPU cluster."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("profile"),
                                 QApplication::translate("main", "A profile file, or builtin:NAME (default builtin:seed)."),
                                 QStringLiteral("[profile]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const std::string argument = positional.isEmpty() ? std::string("builtin:seed") : positional.front().toStdString();
    moe::LoadResult loaded = moe::loadProfileArgument(argument);
    if (!loaded.ok()) {
        // Say what is wrong, then open the default scenario rather than nothing.
        const QString message = QString::fromStdString(argument + ": " + loaded.error.toString());
        qWarning("%s", qPrintable(message));
        QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot open profile"), message);
        loaded = moe::loadBuiltin(moe::kDefaultBuiltin);
    }
    moe::ui::MainWindow window(std::move(*loaded.profile));
    window.show();
    return QApplication::exec();
}
