/** An actor's address: by its row's id, since a handle or a slug may change. */
export const ACTOR_PATH = "/ap/actors/{identifier}";
/** Where Fedify answers: its actors, inboxes, objects and collections, WebFinger and NodeInfo. */
export const FEDERATION_PATHS = ["/ap/*", "/.well-known/webfinger", "/.well-known/nodeinfo", "/nodeinfo/*"];
/** Where this instance's objects live: discussions as `Page`, comments and news as `Note`, needs and offers as `Proposal`. */
export const OBJECT_PATHS = { thread: "/ap/threads/{id}", note: "/ap/notes/{id}", need: "/ap/needs/{id}" } as const;
