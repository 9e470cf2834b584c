// pp-startup-baseline and pp-startup-widgets: the least a Qt Widgets app of ours can do —
// an empty QWizard in a window of the app's default size (filling more pixels costs more,
// whatever the app) — against which the app's start-up time is compared
// (StartupBenchmark). The first is linked with the same Qt modules as partner-purchase,
// the second with QtWidgets only.
#include "StartupProbe.h"

#include <QApplication>
#include <QWizard>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    wizard.resize(900, 640); // MainWindow's default size
    wizard.show();
    StartupProbe::exitWhenIdleIfAsked();
    return app.exec();
}
