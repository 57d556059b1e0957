//! The spec's types, built: everything the sandbox answers or delivers is
//! written through the generated builders, never as struct literals, so
//! that a field the spec adds does not stop the sandbox from building (the
//! test that walks every response schema names what it leaves empty).

/// A type of the spec from its builder. A field the spec turns required
/// that the builder was not given fails here, naming the field and where
/// to fill it.
pub fn built<T, B>(builder: B) -> T
where
    T: TryFrom<B, Error: std::fmt::Display>,
{
    T::try_from(builder).unwrap_or_else(|e| {
        panic!(
            "the sandbox does not fill a field the spec requires of {} (altur-sandbox/src/serve/render.rs, \
             or the rule that writes it): {e}",
            std::any::type_name::<T>()
        )
    })
}
