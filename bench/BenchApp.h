#pragma once

#include "AppServices.h"
#include "MainWindow.h"
#include "auth/MemorySecretStore.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The whole app — AppServices and MainWindow, as main.cpp builds them in practice mode —
// against a portal at `portalUrl`, in temporary folders with an in-memory keychain.
class BenchApp
{
public:
    explicit BenchApp(const QUrl &portalUrl);
    ~BenchApp();

    // Opens the prefilled sign-in dialog and presses Sign in; does not wait.
    bool pressSignIn();
    bool isSignedIn() const;
    bool listsReady() const;

    AppServices &services() { return *m_services; }
    MainWindow &window() { return *m_window; }

private:
    QTemporaryDir m_directory;
    MemorySecretStore m_keychain;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};
