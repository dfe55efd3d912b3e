#include "document/builtingallerymodel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "model/checkphrase.h"
#include "model/architecture.h"
#include "model/evaluation.h"
#include "base/units.h"
#include "profile/models.h"
#include "profile/systems.h"
#include "widgets/checknames.h"
#include "widgets/phrasetext.h"
#include "widgets/localfigures.h"
#include "widgets/problemtext.h"

namespace moe::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString experts(const Model& model)
{
    if (model.experts == 0) {
        return BuiltinGalleryModel::tr("dense");
    }
    QString text = BuiltinGalleryModel::tr("%1, top-%2").arg(model.experts).arg(model.topK);
    if (model.sharedExperts > 0) {
        text += BuiltinGalleryModel::tr(" + %1 shared").arg(model.sharedExperts);
    }
    return text;
}

QString verdict(const Evaluation& ev, QString* tip)
{
    if (!ev.valid) {
        *tip = evaluationError(ev);
        return BuiltinGalleryModel::tr("✗ not evaluated");
    }
    QStringList failed;
    QStringList lines;
    for (int i = 0; i < ev.checkCount; ++i) {
        const Check& check = ev.checks[static_cast<std::size_t>(i)];
        const QString name = checkLabel(check.kind);
        lines << QStringLiteral("%1 %2: %3").arg(check.ok ? QStringLiteral("✓") : QStringLiteral("✗"), name,
                                                 phraseText(checkPhrase(check, ev)));
        if (!check.ok) {
            failed << name;
        }
    }
    *tip = lines.join(QLatin1Char('\n'));
    return failed.isEmpty() ? BuiltinGalleryModel::tr("✓ pass")
                            : BuiltinGalleryModel::tr("✗ fail: %1").arg(failed.join(QStringLiteral(", ")));
}

} // namespace

BuiltinGalleryModel::BuiltinGalleryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

BuiltinGalleryModel::Entry BuiltinGalleryModel::describe(const BuiltinProfile& builtin)
{
    Entry entry;
    entry.id = QString::fromUtf8(builtin.id.data(), static_cast<qsizetype>(builtin.id.size()));
    entry.values.assign(ColumnCount, std::numeric_limits<double>::quiet_NaN());
    entry.tips = QStringList(ColumnCount, QString());
    entry.cells = QStringList(ColumnCount, QString());
    const LoadResult loaded = parseProfile(builtin.text, std::string(builtin.id));
    if (!loaded.ok()) {
        entry.cells[Name] = entry.id;
        entry.cells[Verdict] = tr("✗ does not load");
        entry.tips[Verdict] = problemText(loaded.error);
        return entry;
    }
    const Profile& p = *loaded.profile;
    const Evaluation ev = evaluate(p);
    const Architecture arch = describeArchitecture(p.model);
    entry.notes = fromStd(p.notes);
    entry.cells[Name] = fromStd(p.name);
    entry.tips[Name] = QStringLiteral("builtin:%1").arg(entry.id);
    // What the profile names from the libraries; a profile that gives its own figures
    // says so, with the GPU or the figures it gives.
    if (const ModelSpec* model = p.model.preset.empty() ? nullptr : findModel(p.model.preset)) {
        entry.cells[ModelName] = QString::fromUtf8(model->name.data(), static_cast<qsizetype>(model->name.size()));
        entry.tips[ModelName] = tr("model.preset %1 from the model library").arg(fromStd(p.model.preset));
    } else {
        entry.cells[ModelName] = tr("own figures");
        entry.tips[ModelName] = tr("The profile gives its own architecture figures (no model.preset)");
    }
    if (!p.cluster.system.empty()) {
        entry.cells[System] = fromStd(p.cluster.system);
        const SystemSpec* system = findSystem(p.cluster.system);
        entry.tips[System] = system == nullptr
            ? QString()
            : QString::fromUtf8(system->description.data(), static_cast<qsizetype>(system->description.size()));
    } else {
        entry.cells[System] = tr("own figures");
        entry.tips[System] = tr("The profile gives its own hardware figures (no cluster.system)");
    }
    entry.cells[Parameters] = localCount(arch.totalParams);
    entry.values[Parameters] = arch.totalParams;
    entry.cells[Active] = localCount(arch.activeParamsPerToken);
    entry.values[Active] = arch.activeParamsPerToken;
    entry.tips[Active] = tr("Parameters each token passes through");
    entry.cells[Layers] = QString::number(p.model.layers);
    entry.values[Layers] = static_cast<double>(p.model.layers);
    entry.cells[Experts] = experts(p.model);
    entry.values[Experts] = static_cast<double>(p.model.experts);
    entry.tips[Experts] = tr("Routed experts per MoE layer, and how many each token uses");
    entry.cells[Cluster] = tr("%1 × %2").arg(p.cluster.gpuCount).arg(fromStd(p.cluster.gpu.name));
    entry.values[Cluster] = static_cast<double>(p.cluster.gpuCount);
    entry.tips[Cluster] = tr("%1 GPUs, %2 per node, %3 GiB each")
                              .arg(p.cluster.gpuCount)
                              .arg(p.cluster.gpusPerNode)
                              .arg(p.cluster.gpu.memoryGiB);
    entry.cells[Mode] = QString::fromLatin1(toString(p.workload.mode));
    entry.values[Mode] = static_cast<double>(p.workload.mode);
    entry.cells[Verdict] = verdict(ev, &entry.tips[Verdict]);
    entry.pass = ev.valid && ev.ok;
    if (ev.valid) {
        entry.cells[StepTime] = localSeconds(ev.time.total);
        entry.values[StepTime] = ev.time.total;
        entry.cells[Throughput] = localRate(ev.rates.tokensPerS);
        entry.values[Throughput] = ev.rates.tokensPerS;
        entry.cells[Memory] =
            tr("%1 of %2").arg(localBytes(ev.memory.total()), localBytes(ev.capacityBytes));
        entry.values[Memory] = ev.memory.total();
        entry.tips[Memory] = tr("The fullest GPU (GPU %1) against its capacity").arg(ev.memoryGpu);
    }
    return entry;
}

void BuiltinGalleryModel::setBuiltins(std::span<const BuiltinProfile> builtins)
{
    beginResetModel();
    m_entries.clear();
    for (const BuiltinProfile& builtin : builtins) {
        m_entries.push_back(describe(builtin));
    }
    // The default first; the others keep their order.
    std::stable_partition(m_entries.begin(), m_entries.end(), [](const Entry& e) {
        return e.id == QLatin1String(kDefaultBuiltin.data(), static_cast<qsizetype>(kDefaultBuiltin.size()));
    });
    endResetModel();
}

int BuiltinGalleryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int BuiltinGalleryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuiltinGalleryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& entry = m_entries[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return entry.cells[column];
    case Qt::ToolTipRole:
        return entry.tips[column].isEmpty() ? QVariant() : QVariant(entry.tips[column]);
    case Qt::TextAlignmentRole:
        return column >= StepTime && column <= Memory ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return entry.id;
    case NotesRole:
        return entry.notes;
    case ValueRole:
        return entry.values[static_cast<std::size_t>(column)];
    case PassRole:
        return entry.pass;
    default:
        return {};
    }
}

QVariant BuiltinGalleryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        const QString titles[] = {tr("Profile"),    tr("Model"),   tr("Parameters"), tr("Active"),
                                  tr("Layers"),     tr("Experts"), tr("System"),     tr("Cluster"),
                                  tr("Mode"),       tr("Step time"), tr("Throughput"), tr("Fullest GPU"),
                                  tr("Verdict")};
        return titles[section];
    }
    if (role == Qt::ToolTipRole) {
        const QString tips[] = {tr("The profile's name"),
                                tr("The model library's entry the profile names (model.preset)"),
                                tr("Parameters of the whole model"),
                                tr("Parameters each token passes through"),
                                tr("Transformer layers"),
                                tr("Routed experts per MoE layer, top-k per token"),
                                tr("The systems library's entry the profile names (cluster.system)"),
                                tr("GPUs in the cluster and their kind"),
                                tr("Training iteration, prefill of the batch, or one decode step"),
                                tr("Time of one step with the profile's own strategy"),
                                tr("Tokens per second, all GPUs together"),
                                tr("Memory of the fullest GPU against its capacity"),
                                tr("The constraint checks")};
        return tips[section];
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString BuiltinGalleryModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_entries[static_cast<std::size_t>(row)].id : QString();
}

int BuiltinGalleryModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace moe::ui
