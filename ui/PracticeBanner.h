#pragma once

#include <QLabel>

// The strip that says, on every page, that nothing real happens in practice mode.
class PracticeBanner : public QLabel
{
    Q_OBJECT

public:
    explicit PracticeBanner(QWidget *parent = nullptr);
};
