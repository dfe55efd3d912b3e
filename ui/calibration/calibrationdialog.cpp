#include "calibration/calibrationdialog.h"

#include <QLocale>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "calibration/calibratedsystem.h"
#include "calibration/calibrationscatter.h"
#include "calibration/measurements.h"
#include "document/explorerstate.h"
#include "profile/choosesystem.h"
#include "profile/systems.h"
#include "profile/usersystems.h"
#include "widgets/phrasetext.h"
#include "widgets/systemcombobox.h"

namespace moe::ui {

// What the worker hands back: the fit, or why there is none.
struct CalibrationDialog::Outcome {
    std::optional<CalibrationResult> result;
    QString problem;
};

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString percent(double share)
{
    return QStringLiteral("%1%2%").arg(share >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(share * 100, 'f', 1));
}

QString weightedKindName(MeasurementKind kind)
{
    switch (kind) {
    case MeasurementKind::Run: return CalibrationDialog::tr("runs");
    case MeasurementKind::Collective: return CalibrationDialog::tr("collectives");
    case MeasurementKind::Gemm: return CalibrationDialog::tr("GEMMs");
    }
    return {};
}

QString magnitude(double share)
{
    return QStringLiteral("%1%").arg(QLocale().toString(share * 100, 'f', 1));
}

QString measuredText(Quantity quantity, double value)
{
    if (quantity == Quantity::TokensPerSPerGpu) {
        return CalibrationDialog::tr("%1 tok/s").arg(value, 0, 'g', 4);
    }
    if (value < 1e-3) {
        return CalibrationDialog::tr("%1 us").arg(value * 1e6, 0, 'g', 4);
    }
    if (value < 1) {
        return CalibrationDialog::tr("%1 ms").arg(value * 1e3, 0, 'g', 4);
    }
    return CalibrationDialog::tr("%1 s").arg(value, 0, 'g', 4);
}

QTableWidget* newTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    // The first column (the names) takes what the figures leave, elided; hover for it whole.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setTextElideMode(Qt::ElideMiddle);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool number = true)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

// Reads every file and fits: the worker's whole job, on copies only.
CalibrationDialog::Outcome runFit(const QStringList& files, const SystemValues& base)
{
    CalibrationDialog::Outcome outcome;
    std::vector<Measurement> measurements;
    for (const QString& file : files) {
        try {
            for (Measurement& m : loadMeasurementFile(QFile::encodeName(file).toStdString())) {
                measurements.push_back(std::move(m));
            }
        } catch (const MeasurementError& e) {
            outcome.problem = fromStd(e.toString());
            return outcome;
        } catch (const std::exception& e) {
            outcome.problem = CalibrationDialog::tr("%1: %2").arg(file, QString::fromLocal8Bit(e.what()));
            return outcome;
        }
    }
    CalibrationResult result = calibrate(base, measurements);
    if (result.refused) {
        outcome.problem = CalibrationDialog::tr("No fit: %1").arg(fromStd(*result.refused));
        return outcome;
    }
    outcome.result = std::move(result);
    return outcome;
}

} // namespace

CalibrationDialog::CalibrationDialog(ExplorerState& state, QWidget* parent)
    : QDialog(parent)
    , m_state(state)
    , m_files(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add Files..."), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_system(new SystemComboBox(QString(), this))
    , m_fit(new QPushButton(tr("&Fit"), this))
    , m_status(new QLabel(this))
    , m_scatter(new CalibrationScatter(this))
    , m_errors(newTable({tr("Measurement"), tr("Measured"), tr("Before"), tr("After"), tr("Leave-one-out")}, this))
    , m_parameters(newTable({tr("Parameter"), tr("Before"), tr("After"), tr("Bounds"), tr("Fitted")}, this))
    , m_summary(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save as User System"), this))
    , m_apply(new QPushButton(tr("A&pply to Profile"), this))
{
    setObjectName(QStringLiteral("CalibrationDialog"));
    setWindowTitle(tr("Calibrate a System"));

    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setToolTip(tr("Measured runs (CSV or JSON), nccl-tests logs and GEMM sweeps; docs/calibration.md gives "
                           "each format"));
    m_files->setMaximumHeight(6 * fontMetrics().height());
    m_system->setToolTip(tr("The system the measurements ran on: the fit starts from its figures"));
    if (!m_state.profile().cluster.system.empty()) {
        m_system->setSystemId(fromStd(m_state.profile().cluster.system));
    }
    m_fit->setToolTip(tr("Fit the system's efficiencies to the measurements"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("CalibrationSummary"));
    m_name->setPlaceholderText(tr("e.g. my-h100"));
    m_name->setToolTip(tr("The id profiles name in cluster.system; letters, digits, '.', '_' and '-'"));
    m_nameProblem->setWordWrap(true);
    m_save->setToolTip(tr("Write the calibrated system to your user systems folder"));
    m_apply->setToolTip(tr("Make the open profile name the saved system (one undo step)"));
    m_errors->setToolTip(tr("Each measurement's error: predicted / measured − 1, by the system before the fit, after "
                            "it, and by a fit that did not see the row (leave-one-out)"));
    m_parameters->setToolTip(tr("The efficiencies fitted, each bounded to its physical range"));

    auto* filesBox = new QGroupBox(tr("Measurements"), this);
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch(1);
    auto* filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    auto* systemRow = new QHBoxLayout;
    auto* systemLabel = new QLabel(tr("Ran on &system:"), this);
    systemLabel->setBuddy(m_system);
    systemRow->addWidget(systemLabel);
    systemRow->addWidget(m_system, 1);
    systemRow->addWidget(m_fit);
    auto* filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addLayout(filesRow);
    filesLayout->addLayout(systemRow);
    filesLayout->addWidget(m_status);

    auto* tables = new QWidget(this);
    auto* tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_summary);
    tablesLayout->addWidget(m_errors, 3);
    tablesLayout->addWidget(m_parameters, 2);
    auto* results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(m_scatter);
    results->addWidget(tables);
    results->setSizes({560, 540});
    results->setChildrenCollapsible(false);

    auto* saveBox = new QGroupBox(tr("Calibrated system"), this);
    auto* saveRow = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("&Id:"), this);
    nameLabel->setBuddy(m_name);
    saveRow->addWidget(nameLabel);
    saveRow->addWidget(m_name, 1);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_apply);
    auto* saveLayout = new QVBoxLayout(saveBox);
    saveLayout->addLayout(saveRow);
    saveLayout->addWidget(m_nameProblem);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filesBox);
    layout->addWidget(results, 1);
    layout->addWidget(saveBox);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &CalibrationDialog::askFiles);
    connect(m_remove, &QPushButton::clicked, this, &CalibrationDialog::removeSelected);
    connect(m_files, &QListWidget::itemSelectionChanged, this, &CalibrationDialog::updateButtons);
    connect(m_fit, &QPushButton::clicked, this, &CalibrationDialog::fit);
    connect(m_name, &QLineEdit::textChanged, this, &CalibrationDialog::checkName);
    connect(m_save, &QPushButton::clicked, this, &CalibrationDialog::saveSystem);
    connect(m_apply, &QPushButton::clicked, this, &CalibrationDialog::applySystem);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setStatus(tr("Add the measurement files, choose the system they ran on, and press Fit."), false);
    checkName();
    resize(1100, 760);
}

CalibrationDialog::~CalibrationDialog() = default;

void CalibrationDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (m_files->findItems(QDir::toNativeSeparators(absolute), Qt::MatchExactly).isEmpty()) {
            auto* item = new QListWidgetItem(QDir::toNativeSeparators(absolute), m_files);
            item->setData(Qt::UserRole, absolute);
        }
    }
    updateButtons();
}

QStringList CalibrationDialog::files() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i) {
        paths << m_files->item(i)->data(Qt::UserRole).toString();
    }
    return paths;
}

QString CalibrationDialog::problem() const
{
    return m_problem;
}

void CalibrationDialog::askFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Measurement Files"), QString(),
        tr("Measurements (*.csv *.json *.txt *.log);;All files (*)"));
    addFiles(paths);
}

void CalibrationDialog::removeSelected()
{
    qDeleteAll(m_files->selectedItems());
    updateButtons();
}

void CalibrationDialog::fit()
{
    const SystemSpec* base = findSystem(m_system->systemId().toStdString());
    if (base == nullptr || m_files->count() == 0) {
        setStatus(base == nullptr ? tr("Choose the system the measurements ran on.") : tr("Add a measurement file."),
                  true);
        return;
    }
    m_fitting = true;
    m_resultBase = m_system->systemId();
    m_resultFiles = files();
    const quint64 request = ++m_request;
    setStatus(tr("Fitting %n file(s)...", nullptr, static_cast<int>(m_resultFiles.size())), false);
    updateButtons();
    QPointer<CalibrationDialog> self(this);
    (void)QtConcurrent::run([self, request, files = m_resultFiles, values = valuesOf(*base)] {
        Outcome outcome = runFit(files, values);
        QMetaObject::invokeMethod(
            self.data(),
            [self, request, outcome = std::move(outcome)] {
                if (self && request == self->m_request) {
                    self->showOutcome(outcome);
                }
            },
            Qt::QueuedConnection);
    });
}

void CalibrationDialog::showOutcome(const Outcome& outcome)
{
    m_fitting = false;
    m_result = outcome.result;
    m_problem = outcome.problem;
    m_savedId.clear();
    if (m_result) {
        showResult(*m_result);
        setStatus(tr("Fitted %1 to %n measurement(s).", nullptr, static_cast<int>(m_result->rows.size()))
                      .arg(m_resultBase),
                  false);
    } else {
        showResult(CalibrationResult{});
        setStatus(tr("%1\nNothing was fitted.").arg(m_problem), true);
    }
    updateButtons();
    Q_EMIT fitFinished();
}

void CalibrationDialog::showResult(const CalibrationResult& r)
{
    m_scatter->setRows(r.rows);
    m_errors->setRowCount(0);
    auto addRow = [this](const QStringList& texts, const QString& tip) {
        const int row = m_errors->rowCount();
        m_errors->insertRow(row);
        for (int column = 0; column < texts.size(); ++column) {
            QTableWidgetItem* item = cell(texts[column], column > 0);
            item->setToolTip(tip);
            m_errors->setItem(row, column, item);
        }
    };
    for (const RowResult& row : r.rows) {
        // Labels start with the file as given (an absolute path here): its name says enough.
        QString label = fromStd(row.label);
        for (const QString& file : m_resultFiles) {
            if (label.startsWith(file)) {
                label = QFileInfo(file).fileName() + label.mid(file.size());
            }
        }
        if (!row.fitted) {
            label = tr("%1 (not fitted)").arg(label);
        }
        addRow({label, measuredText(row.quantity, row.measured), percent(RowResult::error(row.before, row.measured)),
                percent(RowResult::error(row.after, row.measured)),
                row.leaveOneOut ? percent(RowResult::error(*row.leaveOneOut, row.measured)) : QStringLiteral("–")},
               row.fitted ? fromStd(row.label)
                          : tr("Collectives under 16 MiB are shown but not fitted (docs/calibration.md)"));
    }
    if (!r.rows.empty()) {
        const auto& loo = r.leaveOneOut;
        addRow({tr("mean |error|"), QString(), magnitude(r.before.mean), magnitude(r.after.mean),
                loo ? magnitude(loo->mean) : QStringLiteral("–")},
               tr("Over the fitted rows"));
        addRow({tr("worst |error|"), QString(), magnitude(r.before.worst), magnitude(r.after.worst),
                loo ? magnitude(loo->worst) : QStringLiteral("–")},
               tr("Over the fitted rows"));
        for (int row = m_errors->rowCount() - 2; row < m_errors->rowCount(); ++row) {
            QFont bold = m_errors->item(row, 0)->font();
            bold.setBold(true);
            for (int column = 0; column < m_errors->columnCount(); ++column) {
                m_errors->item(row, column)->setFont(bold);
            }
        }
    }
    m_parameters->setRowCount(0);
    for (const FittedParameter& p : r.parameters) {
        const int row = m_parameters->rowCount();
        m_parameters->insertRow(row);
        m_parameters->setItem(row, 0, cell(QString::fromLatin1(toString(p.parameter)), false));
        m_parameters->setItem(row, 1, cell(QLocale().toString(p.before, 'f', 3)));
        m_parameters->setItem(row, 2, cell(QLocale().toString(p.after, 'f', 3)));
        m_parameters->setItem(row, 3, cell(tr("%1 to %2").arg(QLocale().toString(p.bounds.low, 'f', 2), QLocale().toString(p.bounds.high, 'g', 3))));
        m_parameters->setItem(row, 4, cell(p.fitted ? tr("yes") : tr("no: no measurement depends on it"), false));
    }
    if (r.rows.empty()) {
        m_summary->clear();
        return;
    }
    QString summary = tr("Mean error %1 before the fit, %2 after.").arg(magnitude(r.before.mean), magnitude(r.after.mean));
    summary += QLatin1Char(' ')
        + (r.leaveOneOut ? tr("Leave-one-out %1: what to expect on a run the fit has not seen.")
                               .arg(magnitude(r.leaveOneOut->mean))
                         : tr("No leave-one-out error: %1").arg(r.leaveOneOutWhy ? phraseText(*r.leaveOneOutWhy) : QString()));
    QStringList weights;
    for (const KindWeight& w : r.weights) {
        weights << tr("%1 %2 × %3").arg(weightedKindName(w.kind)).arg(w.rows).arg(QLocale().toString(w.weight, 'f', 2));
    }
    if (!weights.isEmpty()) {
        summary += QLatin1Char(' ')
            + tr("Weight of each row (each kind of measurement counts equally): %1.")
                  .arg(weights.join(QStringLiteral(", ")));
    }
    if (r.uncertaintyBand) {
        summary += QLatin1Char(' ')
            + tr("Predictions on the saved system carry ±%1 (the weighted RMS of the leave-one-out errors).")
                  .arg(magnitude(*r.uncertaintyBand));
    }
    m_summary->setText(summary);
}

void CalibrationDialog::checkName()
{
    const QString id = m_name->text().trimmed();
    QString problem;
    if (!id.isEmpty()) {
        if (const auto why = checkUserSystemIdPhrase(id.toStdString())) {
            problem = phraseText(*why);
        } else if (QFileInfo::exists(QString::fromStdString(userSystemPath(id.toStdString())))) {
            problem = tr("A user system “%1” exists: saving replaces it (the old file stays until the new one is "
                         "written).")
                          .arg(id);
        }
    }
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    updateButtons();
}

bool CalibrationDialog::saveSystem()
{
    const QString id = m_name->text().trimmed();
    const SystemSpec* base = findSystem(m_resultBase.toStdString());
    if (!m_result || base == nullptr) {
        return false;
    }
    if (const auto why = checkUserSystemIdPhrase(id.toStdString())) {
        setStatus(tr("The id “%1” cannot be used: %2").arg(id, phraseText(*why)), true);
        return false;
    }
    std::vector<std::string> files;
    for (const QString& file : m_resultFiles) {
        files.push_back(QFile::encodeName(file).toStdString());
    }
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const UserSystem system = calibratedSystem(*m_result, *base, id.toStdString(), files, date.toStdString());
    std::string written;
    if (const auto error = saveUserSystemPhrase(system, written)) {
        setStatus(tr("The system was not saved: %1").arg(phraseText(*error)), true);
        return false;
    }
    m_savedId = id;
    setStatus(tr("Saved %1 as %2. Profiles can name it in cluster.system; Apply makes this profile use it.")
                  .arg(id, QDir::toNativeSeparators(fromStd(written))),
              false);
    m_system->reload();
    checkName();
    return true;
}

void CalibrationDialog::applySystem()
{
    const SystemSpec* system = m_savedId.isEmpty() ? nullptr : findSystem(m_savedId.toStdString());
    if (system == nullptr) {
        setStatus(tr("Save the system first: profiles name it by its id."), true);
        return;
    }
    Profile edited = m_state.profile();
    moe::chooseSystem(edited, system);
    m_state.setProfile(std::move(edited), tr("Apply calibrated system %1").arg(m_savedId));
    setStatus(tr("The profile now runs on %1.").arg(m_savedId), false);
}

void CalibrationDialog::updateButtons()
{
    m_remove->setEnabled(!m_files->selectedItems().isEmpty() && !m_fitting);
    m_add->setEnabled(!m_fitting);
    m_fit->setEnabled(m_files->count() > 0 && !m_fitting);
    const QString id = m_name->text().trimmed();
    m_save->setEnabled(m_result.has_value() && !id.isEmpty() && !checkUserSystemId(id.toStdString()));
    m_apply->setEnabled(!m_savedId.isEmpty());
}

void CalibrationDialog::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
}

} // namespace moe::ui
