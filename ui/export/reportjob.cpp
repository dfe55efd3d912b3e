#include "export/reportjob.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include "report/report.h"
#include "export/reportexport.h"
#include "cli/searchrunner.h"
#include "search/searchreuse.h"
#include "widgets/phrasetext.h"

namespace moe::ui {

namespace {

std::atomic<int> g_searchesRun{0};

} // namespace

int ReportJob::searchesRun()
{
    return g_searchesRun.load();
}

ReportJob::ReportJob(Profile profile, QString path, QWidget* dialogParent, std::optional<ShownSearch> shown)
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
    watcher->setFuture(QtConcurrent::run([profile, cancel = m_cancel, shown = std::move(shown)] {
        ReportInputs inputs;
        if (shown) {
            inputs.objective = shown->objective;  // the ranking the user looked at
        }
        inputs.search = [cancel, &shown](const Profile& p, Objective o, const SearchBounds& b) {
            if (shown && shown->result && o == shown->objective && sameSearchSpace(p, shown->searched)) {
                return boundSearchResult(*shown->result, o, b);
            }
            ++g_searchesRun;
            return cli::runSearch(p, o, 0, cancel.get(), {}, b);
        };
        // In the window's language and locale; the CLI's report stays English.
        inputs.phraseText = [](const Phrase& phrase) { return phraseText(phrase).toStdString(); };
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
