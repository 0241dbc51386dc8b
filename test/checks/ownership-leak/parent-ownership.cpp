// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Ownership by a parent object (Qt style): a constructor given a parent
// pointer registers the new object with the parent, which deletes its
// children. Such a `new` is not a leak; one without a parent is.
struct Widget {
  explicit Widget(Widget *parent = nullptr);
  virtual ~Widget();
};

struct Label : Widget {
  explicit Label(Widget *parent);
  explicit Label(const char *text);
  void setText(const char *text);
};

// Children created for their side effect of joining the window.
void buildUi(Widget *window) {
  new Label(window);
  Label *title = new Label(window);
  title->setText("Title");
}

// No parent to hand it to: the label is simply lost.
void buildOrphan() {
  new Label("orphan");
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new' leaks: the pointer to it is never stored [ownership-leak]
  // CHECK: :[[@LINE-2]]:3: note: allocated here by 'new'
}
