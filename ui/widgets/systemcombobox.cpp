#include "widgets/systemcombobox.h"

#include <QDate>
#include <QLocale>

#include <QSignalBlocker>

#include "profile/systems.h"
#include "profile/usersystems.h"

namespace moe::ui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

SystemComboBox::SystemComboBox(const QString& customText, QWidget* parent)
    : QComboBox(parent)
    , m_customText(customText)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    reload();
}

QString SystemComboBox::systemId() const
{
    return currentData().toString();
}

void SystemComboBox::setSystemId(const QString& id)
{
    const QSignalBlocker block(this);
    int index = findData(id);
    if (index < 0) {
        addItem(tr("%1 (not found)").arg(id), id);
        setItemData(count() - 1, tr("No built-in system and no user system file has this id"), Qt::ToolTipRole);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

void SystemComboBox::reload()
{
    const QString selected = systemId();
    const QSignalBlocker block(this);
    clear();
    if (!m_customText.isEmpty()) {
        addItem(m_customText, QString());
        setItemData(0, tr("The cluster gives its own figures"), Qt::ToolTipRole);
    }
    for (const SystemSpec& system : builtinSystems()) {
        addItem(tr("%1 · %2").arg(fromView(system.id), QString::fromStdString(system.gpu.name)), fromView(system.id));
        setItemData(count() - 1, fromView(system.description), Qt::ToolTipRole);
    }
    bool separated = false;
    for (const UserSystemLoad& loaded : listUserSystems()) {
        if (!loaded.system) {
            continue;  // a broken file: `moe-explorer-cli systems` says why; it cannot be chosen
        }
        if (!separated) {
            insertSeparator(count());
            separated = true;
        }
        const UserSystem& system = *loaded.system;
        const QString id = QString::fromStdString(system.values.id);
        // The file's ISO date as the locale writes dates ("30.11.26" in German); as
        // written when it is not one.
        const QString iso = QString::fromStdString(system.calibration.date).left(10);
        const QDate day = QDate::fromString(iso, Qt::ISODate);
        const QString date = day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : iso;
        addItem(tr("%1 · calibrated %2").arg(id, date), id);
        setItemData(count() - 1,
                    tr("%1\nCalibrated from %2 on %3").arg(QString::fromStdString(system.description),
                                                           QString::fromStdString(system.calibration.basedOn), date),
                    Qt::ToolTipRole);
    }
    const int index = findData(selected);
    setCurrentIndex(index >= 0 ? index : 0);
}

void SystemComboBox::showPopup()
{
    reload();
    QComboBox::showPopup();
}

} // namespace moe::ui
