#include "document/newprofiledialog.h"

#include <QComboBox>
#include <QFile>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "base/units.h"
#include "model/architecture.h"
#include "model/evaluation.h"
#include "profile/hfimport.h"
#include "profile/models.h"
#include "profile/systems.h"
#include "profile/valuelimits.h"
#include "widgets/systemcombobox.h"
#include "widgets/localfigures.h"
#include "widgets/phrasetext.h"
#include "widgets/problemtext.h"

namespace moe::ui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// The model box's last entry's data, where a library entry's is its id (ids have no colon).
const QString kFromConfig = QStringLiteral(":config.json");

QString counts(const Model& model)
{
    const Architecture a = describeArchitecture(model);
    return NewProfileDialog::tr("%1 parameters, %2 active per token")
        .arg(localCount(a.totalParams), localCount(a.activeParamsPerToken));
}

QSpinBox* countBox(qint64 high, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(1, static_cast<int>(std::min<qint64>(high, 2'000'000'000)));
    spin->setAccelerated(true);
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

NewProfileDialog::NewProfileDialog(QWidget* parent)
    : QDialog(parent)
    , m_model(new QComboBox(this))
    , m_configPath(new QLineEdit(this))
    , m_browse(new QToolButton(this))
    , m_system(new SystemComboBox(QString(), this))
    , m_gpus(countBox(limits::kMaxGpus, this))
    , m_mode(new QComboBox(this))
    , m_batch(countBox(limits::kMaxBatch, this))
    , m_sequence(countBox(limits::kMaxSeqLen, this))
    , m_name(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("NewProfileDialog"));
    setWindowTitle(tr("New Profile"));

    for (const ModelSpec& spec : builtinModels()) {
        m_model->addItem(tr("%1 (%2)").arg(fromView(spec.name), counts(modelFromPreset(spec))), fromView(spec.id));
        m_model->setItemData(m_model->count() - 1, fromView(spec.configSource), Qt::ToolTipRole);
    }
    m_model->insertSeparator(m_model->count());
    m_model->addItem(tr("From a Hugging Face config.json..."), kFromConfig);
    m_model->setToolTip(tr("A model of the library (docs/models.md), or a config.json to import"));
    m_configPath->setPlaceholderText(tr("config.json of the model"));
    m_configPath->setToolTip(tr("Mixtral, DeepSeek-V2/V3, Qwen2/Qwen3 MoE, Llama 3/4, gpt-oss and GLM-4.5 MoE "
                                "configurations are read"));
    m_browse->setText(tr("Browse..."));
    auto* configRow = new QHBoxLayout;
    configRow->setContentsMargins(0, 0, 0, 0);
    configRow->addWidget(m_configPath, 1);
    configRow->addWidget(m_browse);

    m_system->setToolTip(tr("The hardware, from the systems library (docs/systems.md) or your calibrated systems"));
    m_gpus->setValue(8);
    m_gpus->setToolTip(tr("GPUs in the cluster"));
    m_mode->addItem(tr("training"), static_cast<int>(Mode::Training));
    m_mode->addItem(tr("prefill"), static_cast<int>(Mode::Prefill));
    m_mode->addItem(tr("decode"), static_cast<int>(Mode::Decode));
    m_mode->setCurrentIndex(1);
    m_mode->setToolTip(tr("Training iteration, prefill of the batch, or one decode step"));
    m_batch->setToolTip(tr("Sequences per step, all data-parallel replicas together"));
    m_sequence->setToolTip(tr("Tokens per sequence; for decode, the context already cached"));
    m_name->setToolTip(tr("The profile's name, shown in the title until it is saved"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumHeight(5 * fontMetrics().height());
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    m_summary->setTextFormat(Qt::RichText);

    auto* intro = new QLabel(tr("Start from real hardware and a real model: every hardware and architecture figure "
                                "comes from the libraries, with its source."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("config.json:"), configRow);
    form->addRow(tr("&System:"), m_system);
    form->addRow(tr("&GPUs:"), m_gpus);
    form->addRow(tr("&Workload:"), m_mode);
    form->addRow(tr("&Batch:"), m_batch);
    form->addRow(tr("Se&quence length:"), m_sequence);
    form->addRow(tr("&Name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);

    connect(m_model, &QComboBox::currentIndexChanged, this, &NewProfileDialog::modelChosen);
    connect(m_configPath, &QLineEdit::editingFinished, this, &NewProfileDialog::readConfig);
    connect(m_browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import config.json"), m_configPath->text(),
                                                          tr("Model configurations (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            selectConfigFile(path);
        }
    });
    connect(m_system, &QComboBox::currentIndexChanged, this, &NewProfileDialog::recompose);
    connect(m_gpus, &QSpinBox::valueChanged, this, &NewProfileDialog::resetWorkload);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &NewProfileDialog::resetWorkload);
    connect(m_batch, &QSpinBox::valueChanged, this, &NewProfileDialog::recompose);
    connect(m_sequence, &QSpinBox::valueChanged, this, &NewProfileDialog::recompose);
    connect(m_name, &QLineEdit::textEdited, this, &NewProfileDialog::recompose);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_composed.profile) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    modelChosen();
    resetWorkload();
    resize(std::max(sizeHint().width(), 44 * fontMetrics().averageCharWidth() * 2), sizeHint().height());
}

QString NewProfileDialog::message() const
{
    return m_summary->text();
}

bool NewProfileDialog::isFromConfig() const
{
    return m_model->currentData().toString() == kFromConfig;
}

bool NewProfileDialog::selectModel(const QString& id)
{
    const int index = m_model->findData(id);
    if (index < 0) {
        return false;
    }
    m_model->setCurrentIndex(index);
    return true;
}

void NewProfileDialog::selectConfigFile(const QString& path)
{
    m_model->setCurrentIndex(m_model->findData(kFromConfig));
    m_configPath->setText(path);
    readConfig();
}

void NewProfileDialog::modelChosen()
{
    const bool fromConfig = isFromConfig();
    m_configPath->setEnabled(fromConfig);
    m_browse->setEnabled(fromConfig);
    recompose();
}

void NewProfileDialog::readConfig()
{
    m_imported.reset();
    m_importProblem.clear();
    m_importNotes.clear();
    const QString path = m_configPath->text().trimmed();
    if (!path.isEmpty()) {
        const ImportResult result = importHfConfigFile(QFile::encodeName(path).toStdString());
        if (result.ok()) {
            m_imported = result.model;
            QStringList notes;
            for (const Phrase& line : result.filledPhrases) {
                notes << tr("default: %1").arg(phraseText(line));
            }
            for (const Phrase& line : result.approximatedPhrases) {
                notes << tr("approximated: %1").arg(phraseText(line));
            }
            m_importNotes = tr("Imported %1.").arg(fromStd(result.architecture))
                + (notes.isEmpty() ? QString() : QLatin1Char(' ') + notes.join(QStringLiteral("; ")) + QLatin1Char('.'));
        } else {
            m_importProblem = tr("%1: %2").arg(path, problemText(result.error));
        }
    }
    recompose();
}

// A new GPU count or workload: the batch and sequence length start again from the
// defaults core documents (composeprofile.h).
void NewProfileDialog::resetWorkload()
{
    const auto mode = static_cast<Mode>(m_mode->currentData().toInt());
    const WorkloadShape shape = defaultWorkloadShape(mode, m_gpus->value());
    {
        const QSignalBlocker blockBatch(m_batch);
        const QSignalBlocker blockSequence(m_sequence);
        m_batch->setValue(static_cast<int>(std::min<std::int64_t>(shape.batch, m_batch->maximum())));
        m_sequence->setValue(static_cast<int>(shape.seqLen));
    }
    recompose();
}

std::optional<Model> NewProfileDialog::chosenModel(QString& problem) const
{
    if (isFromConfig()) {
        if (m_configPath->text().trimmed().isEmpty()) {
            problem = tr("Choose a config.json to import.");
        } else if (!m_imported) {
            problem = m_importProblem;
        }
        return m_imported;
    }
    const ModelSpec* spec = findModel(m_model->currentData().toString().toStdString());
    if (spec == nullptr) {
        problem = tr("Choose a model.");
        return std::nullopt;
    }
    return modelFromPreset(*spec);
}

QString NewProfileDialog::suggestedName() const
{
    QString model = m_model->currentText().section(QStringLiteral(" ("), 0, 0);
    if (isFromConfig()) {
        model = QFileInfo(m_configPath->text()).dir().dirName();
        if (model.isEmpty() || model == QStringLiteral(".")) {
            model = tr("Imported model");
        }
    }
    return tr("%1 on %2 × %3, %4").arg(model).arg(m_gpus->value()).arg(m_system->systemId(), m_mode->currentText());
}

void NewProfileDialog::recompose()
{
    // The name follows the choices until the user types one of their own.
    if (m_name->text().isEmpty() || m_name->text() == m_lastSuggestedName) {
        m_lastSuggestedName = suggestedName();
        m_name->setText(m_lastSuggestedName);
    }
    m_composed = {};
    QString problem;
    const std::optional<Model> model = chosenModel(problem);
    const SystemSpec* system = findSystem(m_system->systemId().toStdString());
    if (model && system == nullptr) {
        problem = tr("The system “%1” is not in the library.").arg(m_system->systemId());
    }
    if (model && system != nullptr) {
        const auto mode = static_cast<Mode>(m_mode->currentData().toInt());
        m_composed = composeProfile(
            {m_name->text().toStdString(), *model, system, m_gpus->value(), mode, m_batch->value(), m_sequence->value()});
        if (!m_composed.profile) {
            problem = phraseOr(m_composed.errorPhrase, m_composed.error);
        }
    }
    m_create->setEnabled(m_composed.profile.has_value());
    if (!m_composed.profile) {
        m_summary->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(problem.toHtmlEscaped()));
        return;
    }
    const Profile& p = *m_composed.profile;
    const Evaluation ev = evaluate(p);
    QString figures;
    if (ev.valid) {
        figures = tr("Step time %1, %2; fullest GPU %3 of %4; checks: %5.")
                      .arg(localSeconds(ev.time.total), localRate(ev.rates.tokensPerS),
                           localBytes(ev.memory.total()), localBytes(ev.capacityBytes),
                           ev.ok ? tr("all pass") : tr("some fail (the verdict says which)"));
    } else {
        figures = tr("Not evaluated: %1").arg(evaluationError(ev, false));
    }
    QStringList filled;
    for (const Phrase& line : m_composed.filledPhrases) {
        filled << phraseText(line);
    }
    QStringList lines;
    lines << tr("%1 on %2 × %3.").arg(counts(p.model)).arg(p.cluster.gpuCount).arg(fromStd(p.cluster.gpu.name));
    lines << figures;
    lines << tr("Starting point: %1. Strategy > Search finds the fastest strategy.").arg(filled.join(QStringLiteral("; ")));
    if (!m_importNotes.isEmpty() && isFromConfig()) {
        lines << m_importNotes;
    }
    QStringList escaped;
    for (const QString& line : lines) {
        escaped << line.toHtmlEscaped();
    }
    m_summary->setText(escaped.join(QStringLiteral("<br>")));
}

} // namespace moe::ui
