#include "reportjob.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include "report.h"
#include "reportexport.h"
#include "searchrunner.h"

namespace moe::ui {

ReportJob::ReportJob(Profile profile, QString path, QWidget* dialogParent)
{
    QProgressDialog* dialog = nullptr;
    if (dialogParent) {
        dialog = new QProgressDialog(tr("Searching every strategy for the report..."), QString(), 0, 0, dialogParent);
        dialog->setWindowTitle(tr("Design-Review Report"));
        dialog->setWindowModality(Qt::WindowModal);  // the profile must not change under it
        dialog->setMinimumDuration(300);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    auto* watcher = new QFutureWatcher<Report>(this);
    connect(watcher, &QFutureWatcher<Report>::finished, this, [this, watcher, dialog, profile, path] {
        const auto error = writeReport(watcher->result(), profile, path);
        if (dialog) {
            dialog->close();
        }
        Q_EMIT finished(path, error.value_or(QString()));
        deleteLater();
    });
    if (const auto problem = checkReportPath(path)) {
        // Said at once, without a search; still through the signal, after the caller
        // has connected to it.
        QMetaObject::invokeMethod(
            this,
            [this, dialog, path, message = *problem] {
                if (dialog) {
                    dialog->close();
                }
                Q_EMIT finished(path, message);
                deleteLater();
            },
            Qt::QueuedConnection);
        return;
    }
    watcher->setFuture(QtConcurrent::run([profile] {
        ReportInputs inputs;
        inputs.search = [](const Profile& p, Objective o) { return cli::runSearch(p, o); };  // every core
        return buildReport(profile, inputs);
    }));
}

} // namespace moe::ui
