// std::optional and std::variant: a moved-from optional still holds a
// (moved-from) value, so has_value() is fine and the contents are not.
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

void sink(std::string s);
void sinkOpt(std::optional<std::string> s);
void log(const std::string &line);

void forwardOpt(std::optional<std::string> opt) {
  if (!opt)
    return;
  sinkOpt(std::move(opt));
  log(*opt); // BUG
}

bool forwardAndCheck(std::optional<std::string> opt) {
  sinkOpt(std::move(opt));
  return opt.has_value();
}

void forwardThenLog(std::optional<std::string> opt) {
  sinkOpt(std::move(opt));
  if (opt)
    log(*opt); // BUG
}

void forwardThenReset(std::optional<std::string> opt) {
  sinkOpt(std::move(opt));
  opt.reset();
  log(opt.value_or("none"));
}

void forwardThenAssign(std::optional<std::string> opt) {
  sinkOpt(std::move(opt));
  opt = std::nullopt;
  if (!opt)
    log("cleared");
}

void takeValue(std::optional<std::string> &slot) {
  if (slot) {
    sink(std::move(*slot));
    slot.reset();
  }
  if (!slot)
    log("slot empty");
}

void takeAndPeek(std::optional<std::string> &slot) {
  if (!slot)
    return;
  sink(std::move(*slot));
  log(slot.value()); // BUG
}

std::string labelOr(std::optional<std::string> label) {
  sinkOpt(std::move(label));
  return label.value_or("none"); // BUG
}

std::string labelOrBeforeMove(std::optional<std::string> label) {
  std::string shown = label.value_or("none");
  sinkOpt(std::move(label));
  return shown;
}

using Token = std::variant<int, std::string>;

void takeText(Token t, std::vector<std::string> &out) {
  if (auto *s = std::get_if<std::string>(&t)) {
    out.push_back(std::move(*s));
    t = 0;
  }
  if (std::holds_alternative<int>(t))
    log(std::to_string(std::get<int>(t)));
}

void takeTextAndLog(Token t, std::vector<std::string> &out) {
  if (std::holds_alternative<std::string>(t)) {
    out.push_back(std::move(std::get<std::string>(t)));
    log(std::get<std::string>(t)); // BUG
  }
}

void forwardToken(Token t, std::vector<Token> &out) {
  out.push_back(std::move(t));
  if (auto *s = std::get_if<std::string>(&t))
    log(*s); // BUG
}

void forwardTokenThenEmplace(Token t, std::vector<Token> &out) {
  out.push_back(std::move(t));
  t.emplace<int>(0);
  log(std::to_string(std::get<int>(t)));
}
