#include "SaveFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

QFileDialog *openSaveFileDialog(QWidget *parent, const QString &objectName, const QString &title,
                                const QString &fileName, const QString &filter, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(parent, title, QDir(folder).filePath(fileName), filter);
    dialog->setObjectName(objectName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
