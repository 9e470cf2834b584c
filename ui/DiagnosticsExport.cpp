#include "DiagnosticsExport.h"

#include "SaveFileDialog.h"
#include "UiLog.h"
#include "api/ApiDiagnostics.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

DiagnosticsExport::DiagnosticsExport(const ApiDiagnostics *diagnostics, std::function<QString()> portalAddress,
                                     QWidget *window)
    : QObject(window)
    , m_diagnostics(diagnostics)
    , m_portalAddress(std::move(portalAddress))
    , m_window(window)
    , m_action(new QAction(tr("Save API &diagnostics…"), window))
{
    m_action->setObjectName(QStringLiteral("saveDiagnosticsAction"));
    m_action->setStatusTip(tr("Save the Partner Portal's answers from this session, without secrets, for "
                              "Yeastar's or our support"));
    m_action->setEnabled(m_diagnostics != nullptr);
    connect(m_action, &QAction::triggered, this, &DiagnosticsExport::chooseFileAndSave);
}

void DiagnosticsExport::chooseFileAndSave()
{
    //: default file name of the API diagnostics; %1 the date and time
    const QString name = tr("partner-purchase-api-diagnostics-%1.json")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    QFileDialog *dialog = openSaveFileDialog(m_window, QStringLiteral("saveDiagnosticsFileDialog"),
                                             tr("Save API diagnostics"), name, tr("JSON files (*.json)"),
                                             QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &DiagnosticsExport::saveTo);
}

void DiagnosticsExport::saveTo(const QString &path)
{
    const QList<ApiDiagnostics::Answer> answers = m_diagnostics ? m_diagnostics->answers()
                                                                : QList<ApiDiagnostics::Answer>();
    const QString portal = m_portalAddress ? m_portalAddress() : QString();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, count = int(answers.size())] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            qCWarning(lcUi).noquote() << "API diagnostics not saved to" << path << ":" << error;
            emit finished(path, false,
                          //: %1 the file, %2 why it could not be written
                          tr("The API diagnostics could not be saved to %1: %2")
                              .arg(QDir::toNativeSeparators(path), error));
            return;
        }
        emit finished(path, true,
                      tr("Saved %n answer(s) of the Partner Portal to %1.", nullptr, count)
                          .arg(QDir::toNativeSeparators(path)));
    });
    watcher->setFuture(QtConcurrent::run([answers, portal, path]() -> QString {
        const QByteArray bytes = ApiDiagnostics::render(answers, portal, QDateTime::currentDateTime());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}
