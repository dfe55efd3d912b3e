#pragma once

// File > Export > Design-Review Report without freezing the window: the report's
// searches (every strategy, and again on a cluster twice the size) run on a worker
// thread behind a busy dialog; the charts and the file are then written on the GUI
// thread, which owns the widgets that draw them.

#include <QObject>
#include <QString>

#include "profile.h"

namespace moe::ui {

class ReportJob : public QObject {
    Q_OBJECT

public:
    // Starts at once; the job deletes itself after finished(). `dialogParent` gets
    // the busy dialog (none when null).
    ReportJob(Profile profile, QString path, QWidget* dialogParent);

Q_SIGNALS:
    // `error` is empty when the file was written.
    void finished(const QString& path, const QString& error);
};

} // namespace moe::ui
