#include "document/recentfilesmenu.h"

#include <QDir>
#include <QFileInfo>

#include "widgets/settings.h"

namespace moe::ui {

RecentFilesMenu::RecentFilesMenu(Settings& settings, QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("RecentFilesMenu"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings.recentFiles();
    if (files.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    int number = 1;
    for (const QString& path : files) {
        const QFileInfo info(path);
        // "&1 name.moeprofile.json  (~/plans)": the number is the keyboard accelerator.
        QString folder = QDir::toNativeSeparators(info.absolutePath());
        const QString home = QDir::toNativeSeparators(QDir::homePath());
        if (folder.startsWith(home)) {
            folder = QLatin1Char('~') + folder.mid(home.size());
        }
        QString name = info.fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = number <= 9 ? QStringLiteral("&%1 %2  (%3)").arg(number).arg(name, folder)
                                         : QStringLiteral("%1  (%2)").arg(name, folder);
        QAction* action = addAction(text);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
        ++number;
    }
    addSeparator();
    QAction* clearAction = addAction(tr("&Clear Menu"));
    clearAction->setToolTip(tr("Forget the recent files (the files stay)"));
    connect(clearAction, &QAction::triggered, this, [this] {
        m_settings.setRecentFiles({});
        rebuild();
    });
}

} // namespace moe::ui
