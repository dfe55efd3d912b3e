#pragma once

// File > Open Recent: the recently opened and saved profile files from Settings,
// newest first, rebuilt each time it opens. Choosing one only emits fileChosen; the
// document controller opens it (and drops it from the list if it is gone).

#include <QMenu>

namespace moe::ui {

class Settings;

class RecentFilesMenu : public QMenu {
    Q_OBJECT

public:
    RecentFilesMenu(Settings& settings, QWidget* parent = nullptr);

    // Refills the menu from the settings.
    void rebuild();

Q_SIGNALS:
    void fileChosen(const QString& path);

private:
    Settings& m_settings;
};

} // namespace moe::ui
