//! Starts the Newsline web app in the page's `<body>`.

fn main() {
    yew::Renderer::<newsline::components::app::App>::new().render();
}
