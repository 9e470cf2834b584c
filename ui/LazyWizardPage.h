#pragma once

#include <QWizardPage>

// A wizard page whose widgets are built the first time it is entered, not with the
// wizard: the pages the user has not reached cost nothing at start-up. The page itself
// (its ID, title and subtitle) exists from the start; subclasses build their contents in
// buildContents() and call ensureBuilt() first thing in initializePage().
class LazyWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    bool isBuilt() const { return m_built; }
    // Builds the contents now, once; later calls do nothing.
    void ensureBuilt();

protected:
    virtual void buildContents() = 0;

private:
    bool m_built = false;
};
