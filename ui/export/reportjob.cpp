#include "export/reportjob.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include "report/report.h"
#include "export/reportexport.h"
#include "cli/searchrunner.h"

namespace moe::ui {

ReportJob::ReportJob(Profile profile, QString path, QWidget* dialogParent)
    : QObject(dialogParent)
{
    if (dialogParent) {
        m_dialog = new QProgressDialog(tr("Searching every strategy for the report..."), tr("Cancel"), 0, 0, dialogParent);
        m_dialog->setWindowTitle(tr("Design-Review Report"));
        m_dialog->setWindowModality(Qt::WindowModal);  // the profile must not change under it
        m_dialog->setMinimumDuration(300);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QProgressDialog::canceled, this, &ReportJob::cancel);
    }
    if (const auto problem = checkReportPath(path)) {
        // Said at once, without a search; still through the signal, once the caller
        // has connected to it.
        QMetaObject::invokeMethod(this, [this, path, message = *problem] { end(path, message); }, Qt::QueuedConnection);
        return;
    }
    auto* watcher = new QFutureWatcher<Report>(this);
    connect(watcher, &QFutureWatcher<Report>::finished, this, [this, watcher, profile, path] {
        // A cancelled build stopped its searches early: its report would be wrong.
        end(path, m_cancel->load() ? QString() : writeReport(watcher->result(), profile, path).value_or(QString()));
    });
    watcher->setFuture(QtConcurrent::run([profile, cancel = m_cancel] {
        ReportInputs inputs;
        inputs.search = [cancel](const Profile& p, Objective o, const SearchBounds& b) {
            return cli::runSearch(p, o, 0, cancel.get(), {}, b);
        };
        return buildReport(profile, inputs);
    }));
}

ReportJob::~ReportJob()
{
    cancel();
}

void ReportJob::cancel()
{
    m_cancel->store(true);
}

void ReportJob::end(const QString& path, const QString& error)
{
    const bool cancelled = m_cancel->load();
    if (m_dialog) {
        m_dialog->disconnect(this);  // closing a progress dialog emits canceled()
        m_dialog->close();
    }
    Q_EMIT finished(path, error, cancelled);
    deleteLater();
}

} // namespace moe::ui
