#include "LazyWizardPage.h"

void LazyWizardPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    buildContents();
}
