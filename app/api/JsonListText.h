#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>

#include <functional>
#include <optional>

// A list answer read from its text a slice at a time, instead of as one QJsonDocument:
// Qt's document of 100,000 customers (a 35 MB body) takes 160 MB, a slice of a few
// hundred entries well under one. The text between the slices (brackets, commas, the
// envelope's keys) is checked here; every slice is parsed by QJsonDocument, so an answer
// is valid JSON exactly when every part of it is.
namespace JsonListText {

// A JSON object's text split at its "result" member's value.
struct Split
{
    QByteArray envelope;   // the object with that value replaced by null
    QByteArrayView result; // the value's text
};

// nullopt when `body` is not one JSON object with exactly one "result" member (or cannot
// be split as one: then read it as a whole).
std::optional<Split> split(const QByteArray &body);

// Hands the elements of a JSON array's text to `slice`, `perSlice` at a time, as arrays.
// False when the text is not an array or any part of it is not valid JSON.
bool forEachSlice(QByteArrayView array, int perSlice, const std::function<void(const QJsonArray &)> &slice);

} // namespace JsonListText
