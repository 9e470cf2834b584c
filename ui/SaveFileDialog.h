#pragma once

#include <QString>

class QFileDialog;
class QWidget;

// A window-modal "save as" dialog (no nested event loop), starting in the user's
// documents folder with `fileName` proposed and `suffix` added when none is typed; it
// deletes itself when closed. Connect to QFileDialog::fileSelected for the path.
QFileDialog *openSaveFileDialog(QWidget *parent, const QString &objectName, const QString &title,
                                const QString &fileName, const QString &filter, const QString &suffix);
