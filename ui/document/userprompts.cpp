#include "document/userprompts.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include "document/builtingallerydialog.h"
#include "document/newprofiledialog.h"

namespace moe::ui {

namespace {

QString profileFilters()
{
    return QCoreApplication::translate("moe::ui::UserPrompts",
                                       "MoE Explorer profiles (*.moeprofile.json);;JSON files (*.json);;All files (*)");
}

} // namespace

UserPrompts::~UserPrompts() = default;

void UserPrompts::warn(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("WarningBox"));
    box.setInformativeText(details);
    box.exec();
}

UserPrompts::SaveChoice UserPrompts::askSaveChanges(QWidget* parent, const QString& documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Do you want to save the changes to “%1”?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("SaveChangesBox"));
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

bool UserPrompts::confirmRevert(QWidget* parent, const QString& documentName)
{
    QMessageBox box(QMessageBox::Question, tr("Revert to Saved"),
                    tr("Revert “%1” to the saved version?").arg(documentName), QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Your changes and their undo history will be lost."));
    QPushButton* revert = box.addButton(tr("&Revert"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == revert;
}

QString UserPrompts::askOpenPath(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Profile"), folder, profileFilters());
}

QString UserPrompts::askSavePath(QWidget* parent, const QString& suggestedPath)
{
    QFileDialog dialog(parent, tr("Save Profile As"), suggestedPath, profileFilters());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("moeprofile.json"));
    dialog.selectFile(suggestedPath);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    return dialog.selectedFiles().front();
}

std::optional<QString> UserPrompts::askBuiltin(QWidget* parent)
{
    BuiltinGalleryDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedId().isEmpty()) {
        return std::nullopt;
    }
    return dialog.selectedId();
}

std::optional<Profile> UserPrompts::askNewProfile(QWidget* parent)
{
    NewProfileDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.profile();
}

bool UserPrompts::confirmLargeSearch(QWidget* parent, qint64 configurations, bool over, qint64 limit)
{
    const QString count = (over ? tr("over %L1") : tr("%L1")).arg(configurations);
    return QMessageBox::question(parent, tr("Large search"),
                                 tr("The search space has %1 configurations, above the limit of %L2. It may take minutes "
                                    "and much memory. Search anyway?")
                                     .arg(count)
                                     .arg(limit),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace moe::ui
