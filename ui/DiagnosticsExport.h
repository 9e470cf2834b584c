#pragma once

#include <QObject>
#include <QString>

#include <functional>

class ApiDiagnostics;
class QAction;
class QWidget;

// Help > Save API diagnostics…: one file with the raw answers of the read-only endpoints
// this run called (ApiDiagnostics; secrets removed), so that a user can show Yeastar or
// us the real shapes. The file is built and written on a worker thread.
class DiagnosticsExport : public QObject
{
    Q_OBJECT

public:
    // `diagnostics` may be null (nothing kept: the action is disabled); `portalAddress`
    // names the portal the answers came from; `window` parents the action and the dialog.
    DiagnosticsExport(const ApiDiagnostics *diagnostics, std::function<QString()> portalAddress, QWidget *window);

    QAction *action() const { return m_action; }

    void chooseFileAndSave();
    // Writes the file; finished() says how it went.
    void saveTo(const QString &path);

signals:
    // `message` says what was written where, or why nothing was.
    void finished(const QString &path, bool ok, const QString &message);

private:
    const ApiDiagnostics *m_diagnostics;
    std::function<QString()> m_portalAddress;
    QWidget *m_window;
    QAction *m_action;
};
