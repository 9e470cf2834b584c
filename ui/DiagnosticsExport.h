#pragma once

#include <QObject>

class PortalClient;
class QAction;
class QWidget;

// Help > Save API diagnostics…: one file with the raw answers of the read-only endpoints
// this run called (ApiDiagnostics; secrets removed), so that a user can show Yeastar or
// us the real shapes. The file is built and written on a worker thread.
class DiagnosticsExport : public QObject
{
    Q_OBJECT

public:
    // `window` parents the action and the file dialog.
    DiagnosticsExport(PortalClient *client, QWidget *window);

    QAction *action() const { return m_action; }

    void chooseFileAndSave();
    // Writes the file; finished() says how it went.
    void saveTo(const QString &path);

signals:
    // `message` says what was written where, or why nothing was.
    void finished(const QString &path, bool ok, const QString &message);

private:
    PortalClient *m_client;
    QWidget *m_window;
    QAction *m_action;
};
